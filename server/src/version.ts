import fs from "node:fs";
import path from "node:path";

const rootPackage = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8")) as {
  version: string;
};
export const PRODUCT_VERSION = rootPackage.version;
