/**
 * A tiny scriptable HTTP server on 127.0.0.1 for tests of the HTTP client, downloads and API clients.
 * Strict like renovate's http-mock: a request to a path with no handler is recorded in `unexpected` and
 * answered 599, so tests can assert nothing surprising was asked for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  unexpected: RecordedRequest[];
  /** Handles `METHOD /path` or `/path` (any method); the path includes the query string when given. */
  on(route: string, handler: Handler): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const handlers = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const unexpected: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const rec: RecordedRequest = { method: req.method ?? 'GET', path, headers: { ...req.headers }, body };
      requests.push(rec);
      const bare = path.split('?')[0]!;
      const handler =
        handlers.get(`${rec.method} ${path}`) ??
        handlers.get(path) ??
        handlers.get(`${rec.method} ${bare}`) ??
        handlers.get(bare);
      if (!handler) {
        unexpected.push(rec);
        res.writeHead(599).end('no handler');
        return;
      }
      Promise.resolve(handler(req, res, body)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(598).end(String(err));
      });
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unexpected,
    on: (route, handler) => void handlers.set(route, handler),
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** Always the same reply. */
export function reply(r: Reply): Handler {
  return (_req, res) => {
    const body = typeof r.body === 'string' ? Buffer.from(r.body) : Buffer.from(r.body ?? new Uint8Array());
    res.writeHead(r.status ?? 200, { 'content-length': String(body.length), ...r.headers });
    res.end(body);
  };
}

export function json(value: unknown, status = 200): Handler {
  return reply({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
}

/** Replies in turn; the last one repeats. */
export function sequence(...replies: (Reply | Handler)[]): Handler {
  let i = 0;
  return (req, res, body) => {
    const next = replies[Math.min(i++, replies.length - 1)]!;
    return typeof next === 'function' ? next(req, res, body) : reply(next)(req, res, body);
  };
}

/** Sends `chunk` every `everyMs` for ever (or `count` times), with no Content-Length. */
export function trickle(chunk: string, everyMs: number, count = Infinity): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed || sent >= count) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(chunk);
      sent++;
    }, everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Accepts the request and never answers. */
export function hang(): Handler {
  return () => undefined;
}

/** Declares `declared` bytes, sends `body`, then cuts the connection. */
export function truncated(body: string, declared: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-length': String(declared) });
    res.write(body, () => res.socket?.destroy());
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location, 'content-length': '0' });
    res.end();
  };
}

/** Streams `total` bytes in `chunkSize` pieces as fast as the client reads; counts what was written. */
export function large(total: number, chunkSize = 64 * 1024, declare = false): Handler & { written: () => number } {
  let written = 0;
  const handler: Handler = (_req, res) => {
    res.writeHead(200, declare ? { 'content-length': String(total) } : {});
    const chunk = Buffer.alloc(chunkSize, 0x61);
    const pump = (): void => {
      while (written < total && !res.destroyed) {
        const n = Math.min(chunkSize, total - written);
        written += n;
        if (!res.write(n === chunkSize ? chunk : chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
  return Object.assign(handler, { written: () => written });
}
