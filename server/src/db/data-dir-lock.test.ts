import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.ts";

describe("data folder lock", () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-lock-"));

  it("refuses a folder held by a live process, naming it and what to do", () => {
    const folder = dir();
    fs.writeFileSync(path.join(folder, "claimdesk.lock"), String(process.ppid));
    expect(() => lockDataDir(folder)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(folder)).toThrow(new RegExp(`in use by process ${process.ppid}.*DATABASE_URL`));
  });

  it("takes over a stale lock left by a killed process, and releases it", () => {
    const folder = dir();
    fs.writeFileSync(path.join(folder, "claimdesk.lock"), "999999999");
    const release = lockDataDir(folder);
    expect(fs.readFileSync(path.join(folder, "claimdesk.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(folder, "claimdesk.lock"))).toBe(false);
  });
});
