// Writes to a response with back-pressure: waits when the client reads slower than the database
// produces, instead of buffering a whole export in memory.
import type { Writable } from "node:stream";

/**
 * Resolves once the chunk is buffered and the stream can take more, or the stream has closed
 * (the caller checks `destroyed`). Both listeners are removed when either fires: an export of
 * 100,000 events waits thousands of times, and listeners left behind by every wait added up
 * (MaxListenersExceededWarning, and memory held until the download ended).
 */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk) || stream.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}
