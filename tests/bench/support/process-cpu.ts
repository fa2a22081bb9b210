// CPU time a process has used so far (user + system), read from /proc: a figure the other load on a
// shared machine barely moves, unlike wall-clock latency. NaN where /proc is missing.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at ") "; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}
