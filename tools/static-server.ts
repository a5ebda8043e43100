/**
 * Serves a built site from disk on a free localhost port, as a static host
 * would: index.html for folders, 404.html with status 404 for anything
 * missing, and the headers of the site's `_headers` file (the Netlify and
 * Cloudflare Pages format) on every response, so that tests see the Content
 * Security Policy a visitor gets. sirv, the file server under Vite's
 * preview, finds and sends the files. Used by the tests and by
 * `npm run bench:lighthouse`.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** One rule of a `_headers` file: the paths it applies to and the headers it sets. */
export interface HeadersRule {
  /** A path, where `*` stands for anything and `:name` for one segment, as the hosts read it. */
  path: string;
  headers: Record<string, string>;
}

/** Every rule of the site's `_headers` file, in the file's order; none when there is no such file. */
export function readHeadersRules(root: string): HeadersRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeadersRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers `_headers` sets for every path: its `/*` rule. */
export function readHeadersFile(root: string): Record<string, string> {
  return readHeadersRules(root).find((rule) => rule.path === '/*')?.headers ?? {};
}

/** Whether a rule's path matches a request's path. */
function matches(rule: HeadersRule, pathname: string): boolean {
  const pattern = rule.path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(pathname);
}

/**
 * The headers for one path: those of every rule that matches it, in the
 * file's order, a header named twice joined with a comma (as Cloudflare
 * Pages does).
 */
export function headersFor(rules: readonly HeadersRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r, pathname))) {
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/**
 * What the site asks for only makes sense over https: Strict-Transport-Security
 * is meaningless over http://localhost, and upgrade-insecure-requests would
 * send the browser to https.
 */
function overHttp(rule: HeadersRule): HeadersRule {
  const headers = { ...rule.headers };
  delete headers['Strict-Transport-Security'];
  if (headers['Content-Security-Policy'])
    headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(
      /;\s*upgrade-insecure-requests/,
      '',
    );
  return { path: rule.path, headers };
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const rules = readHeadersRules(root).map(overHttp);
  const pathOf = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://localhost').pathname;
  const setSiteHeaders = (response: ServerResponse, pathname: string) => {
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) response.setHeader(name, value);
  };
  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    setSiteHeaders(response, pathOf(request));
    const page = join(root, '404.html');
    if (!existsSync(page)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    createReadStream(page).pipe(response);
  };
  // sirv reads the folder once, here: serve a finished build.
  const files = sirv(root, {
    dotfiles: false,
    setHeaders: (response, pathname) => {
      setSiteHeaders(response, pathname);
      // sirv sends the type mrmime knows for a file's extension, and an empty one for others (Pagefind's index files).
      if (extname(pathname) !== '' && lookup(pathname) === undefined)
        response.setHeader('Content-Type', 'application/octet-stream');
    },
    onNoMatch: notFound,
  });
  const server = createServer((request, response) => {
    // The hosts read `_headers`; they do not serve it.
    if (pathOf(request) === '/_headers') notFound(request, response);
    else files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; close() waits for none of them.
        server.closeAllConnections();
      }),
  };
}
