// Worker threads start without the parent's TypeScript loader: register it, then load the worker
// module named in workerData.module (a file: URL string).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
