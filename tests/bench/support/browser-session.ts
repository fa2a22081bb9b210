// A signed-in reviewer as a browser holds it: the session cookie, the CSRF token sent on every
// change, and kept-alive connections. node:http rather than fetch: on a 2-core machine the load
// generator shares the CPU with the server, and node:http costs the client noticeably less.
import http from "node:http";

export interface Answer {
  status: number;
  body: string;
}

// An idle kept-alive connection is dropped after 4 s, before the server's 5 s keep-alive timeout: a
// request sent on a connection the server is closing at that moment fails with "socket hang up",
// which a browser retries silently and a load generator would count as an error.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: 4_000 });

export function send(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const isRaw = typeof body === "string";
    const payload = body === undefined ? undefined : isRaw ? body : JSON.stringify(body);
    const req = http.request(url, {
      method,
      agent,
      headers: {
        ...(payload !== undefined
          ? { "content-type": isRaw ? "text/plain" : "application/json", "content-length": Buffer.byteLength(payload) }
          : {}),
        ...headers,
      },
    });
    req.on("error", reject);
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("error", reject);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.end(payload);
  });
}

export interface BrowserSession {
  userId: string;
  request(method: string, path: string, body?: unknown): Promise<Answer>;
}

export async function signInAs(baseUrl: string, email: string, password: string): Promise<BrowserSession> {
  const response = await new Promise<{ status: number; cookie: string; body: string }>((resolve, reject) => {
    const payload = JSON.stringify({ email, password });
    const req = http.request(`${baseUrl}/api/auth/login`, {
      method: "POST",
      agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
    });
    req.on("error", reject);
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          cookie: (res.headers["set-cookie"]?.[0] ?? "").split(";")[0]!,
          body: text,
        }),
      );
    });
    req.end(payload);
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status} ${response.body}`);
  const info = JSON.parse(response.body) as { csrfToken: string; user: { id: string } };
  const headers = { cookie: response.cookie, "x-csrf-token": info.csrfToken };
  return { userId: info.user.id, request: (method, path, body) => send(baseUrl + path, method, headers, body) };
}

export function closeConnections(): void {
  agent.destroy();
}
