// The export's back-pressure wait, against a real stream that reads slowly.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeChunk } from "./write-chunk.ts";

/** Takes one byte at a time, a tick later each: every write fills it and must wait for drain. */
function slowReader(received: string[]): Writable {
  return new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString());
      setImmediate(callback);
    },
  });
}

describe("writeChunk", () => {
  it("waits for drain and leaves no listener behind, however many times it waits", async () => {
    const received: string[] = [];
    const stream = slowReader(received);
    const closeListeners = stream.listenerCount("close");
    for (let i = 0; i < 50; i++) {
      await writeChunk(stream, `row ${i}\n`);
      expect(stream.listenerCount("close")).toBe(closeListeners);
      expect(stream.listenerCount("drain")).toBe(0);
    }
    expect(received).toHaveLength(50);
  });

  it("stops waiting when the stream closes before draining (the client went away)", async () => {
    const stream = new Writable({ highWaterMark: 1, write: () => undefined });
    const waiting = writeChunk(stream, "never read");
    stream.destroy();
    await expect(waiting).resolves.toBeUndefined();
    await expect(writeChunk(stream, "after close")).resolves.toBeUndefined();
  });
});
