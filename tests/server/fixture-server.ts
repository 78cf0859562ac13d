import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { route } from './routes';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A throwaway self-signed certificate (Chromium runs with --ignore-certificate-errors). */
export function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(tmpdir(), 'runbook-lens-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=runbook-lens-fixtures',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

export interface FixtureServer {
  port: number;
  origin: (host: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/fixtures by Host header, as the real sites would, on 127.0.0.1 over HTTPS. */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const found = route(host, url);
    if (!found || !existsSync(found.file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body: string | Buffer = readFileSync(found.file);
    if (found.values) {
      const values = found.values;
      body = body.toString('utf8').replace(/%%(\w+)%%/g, (_, name: string) => escapeHtml(values[name] ?? ''));
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...found.headers,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    origin: (host) => `https://${host}:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; without this, close() waits for them forever.
        server.closeAllConnections();
      }),
  };
}

/** The `server` fixture of both browser suites: a server of its own for each test. */
export async function withFixtureServer(run: (server: FixtureServer) => Promise<void>): Promise<void> {
  const server = await startFixtureServer();
  await run(server);
  await server.close();
}
