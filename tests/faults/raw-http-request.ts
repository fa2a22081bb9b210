// One HTTP request on its own connection, reporting where it failed: before any answer (the server
// refused or closed the connection: the client may simply retry) or after the answer had started
// (a reset mid-response: the client cannot know what happened). fetch cannot tell these apart.
import http from "node:http";

export type RawOutcome =
  | { kind: "answered"; status: number; body: string }
  | { kind: "refused"; code: string }
  | { kind: "cut"; status: number; code: string };

export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(url, {
      method,
      agent: false, // a fresh connection per request, so no request rides a socket the server is closing
      headers: {
        ...headers,
        ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
      },
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ kind: "refused", code: error.code ?? error.message }));
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("error", (error: NodeJS.ErrnoException) =>
        resolve({ kind: "cut", status: res.statusCode ?? 0, code: error.code ?? error.message }),
      );
      res.on("aborted", () => resolve({ kind: "cut", status: res.statusCode ?? 0, code: "aborted" }));
      res.on("end", () =>
        resolve(
          res.complete
            ? { kind: "answered", status: res.statusCode ?? 0, body: text }
            : { kind: "cut", status: res.statusCode ?? 0, code: "incomplete" },
        ),
      );
    });
    req.end(payload);
  });
}
