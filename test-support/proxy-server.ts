// A local forward proxy: CONNECT tunnels and absolute-URI requests, each recorded. Hosts under
// .test resolve to 127.0.0.1 here and nowhere else, so a request that reached a *.test server
// can only have come through the proxy. Nothing leaves the machine: a CONNECT to any other host is
// either sent to a local port chosen by `intercept` (an https server with a test certificate for
// that AWS host name) or refused with 403, after it is recorded.

import { createServer, request } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ProxyServer {
  readonly url: string;
  /** "CONNECT host:port" or "GET http://host:port/path", in arrival order. */
  readonly seen: string[];
  close(): Promise<void>;
}

const isLocal = (host: string) => host.endsWith('.test') || host === '127.0.0.1' || host === 'localhost';
const resolveHost = (host: string) => (host.endsWith('.test') ? '127.0.0.1' : host);

export interface ProxyOptions {
  /** The local port to tunnel a CONNECT for this (non-.test) host to; undefined: refuse it. */
  readonly intercept?: (host: string) => number | undefined;
}

export async function startProxyServer(options: ProxyOptions = {}): Promise<ProxyServer> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = request(
      {
        host: resolveHost(target.hostname),
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client: Socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    const local = isLocal(host) ? Number(port) : options.intercept?.(host);
    if (local === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(local, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
