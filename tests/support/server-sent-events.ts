// Reads a text/event-stream response the way EventSource does, one event at a time.
export interface ServerSentEvent {
  event: string;
  data: unknown;
}

export function readServerSentEvents(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const queued: ServerSentEvent[] = [];

  const parse = () => {
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trim());
      }
      if (data.length) queued.push({ event, data: JSON.parse(data.join("\n")) });
    }
  };

  return {
    async next(timeoutMs: number): Promise<ServerSentEvent> {
      const deadline = Date.now() + timeoutMs;
      while (queued.length === 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no server-sent event within ${timeoutMs} ms`);
        const chunk = await Promise.race([
          reader.read(),
          new Promise<null>((r) => setTimeout(() => r(null), remaining)),
        ]);
        if (chunk === null) continue;
        if (chunk.done) throw new Error("the event stream ended");
        buffer += chunk.value;
        parse();
      }
      return queued.shift()!;
    },
    close: () => reader.cancel(),
  };
}
