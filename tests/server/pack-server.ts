import { createHash } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { certificate } from './fixture-server';

export interface PackServer {
  port: number;
  url: (path: string) => string;
  /** Sets what GET `path` answers from now on. */
  set: (path: string, body: string) => void;
  /** Makes GET `path` answer 302 to `location` from now on. */
  redirect: (path: string, location: string) => void;
  /** Each GET seen: path, If-None-Match sent, status answered. */
  requests: Array<{ path: string; ifNoneMatch: string | undefined; status: number }>;
  close: () => Promise<void>;
}

/**
 * A runbook pack host for the subscription tests: HTTPS, strong ETags with If-None-Match → 304, and the
 * CORS headers a pack host must send to be read by the extension (docs/deployment.md).
 */
export async function startPackServer(host: string): Promise<PackServer> {
  const bodies = new Map<string, string>();
  const redirects = new Map<string, string>();
  const requests: PackServer['requests'] = [];
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
    'access-control-expose-headers': 'ETag, Last-Modified',
  };
  const server = createServer(certificate(), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const body = bodies.get(path);
    const ifNoneMatch = req.headers['if-none-match'];
    const location = redirects.get(path);
    if (location !== undefined) {
      requests.push({ path, ifNoneMatch, status: 302 });
      return void res.writeHead(302, { ...cors, location }).end();
    }
    if (body === undefined) {
      requests.push({ path, ifNoneMatch, status: 404 });
      return void res.writeHead(404, cors).end('not found');
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const status = ifNoneMatch === etag ? 304 : 200;
    requests.push({ path, ifNoneMatch, status });
    res.writeHead(status, { ...cors, etag, 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(status === 200 ? body : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path) => `https://${host}:${port}${path}`,
    set: (path, body) => void bodies.set(path, body),
    redirect: (path, location) => void redirects.set(path, location),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
