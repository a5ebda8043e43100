/**
 * Serves a built site from disk on a free localhost port, as a static host
 * would: index.html for folders, 404.html for anything missing, and the
 * headers of the site's `_headers` file (the Netlify/Cloudflare format) on
 * every response, so tests see the Content Security Policy a visitor gets.
 * Used by the browser tests and by `npm run bench:lighthouse`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The headers `_headers` sets for every path (`/*`); only that rule is used here. */
export function readHeadersFile(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const siteHeaders = readHeadersFile(root);
  // Strict-Transport-Security is meaningless over http://localhost; upgrade-insecure-requests would send the browser to https.
  delete siteHeaders['Strict-Transport-Security'];
  if (siteHeaders['Content-Security-Policy'])
    siteHeaders['Content-Security-Policy'] = siteHeaders['Content-Security-Policy'].replace(
      /;\s*upgrade-insecure-requests/,
      '',
    );
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    if (!existsSync(file)) {
      response.writeHead(404, { ...siteHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(found ? 200 : 404, {
      ...siteHeaders,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
