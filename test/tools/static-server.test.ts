/** The test server (tools/static-server.ts) answers as a static host would, with the site's `_headers`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headersFor,
  readHeadersFile,
  readHeadersRules,
  serveStatic,
  type StaticServer,
} from '../../tools/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'plainsight-static-'));
const file = (path: string, text: string) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
};
file('index.html', '<!doctype html><title>Home</title>');
file('papers/index.html', '<!doctype html><title>Papers</title>');
file('papers/one/index.html', '<!doctype html><title>One</title>');
file('404.html', '<!doctype html><title>Not here</title>');
file('pagefind/pagefind.en.pf_meta', 'binary');
file(
  '_headers',
  [
    '# Every page',
    '/*',
    "  Content-Security-Policy: default-src 'self'; upgrade-insecure-requests",
    '  Strict-Transport-Security: max-age=63072000',
    '  X-Frame-Options: DENY',
    '/papers/:slug/',
    '  X-Robots-Tag: noarchive',
    '/papers/*',
    '  X-Robots-Tag: nosnippet',
    '',
  ].join('\n'),
);

describe('the test server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(site);
  });
  afterAll(async () => {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  });

  it("sends a folder's index.html with the headers of every rule that matches, as it is over http", async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await home.text()).toContain('<title>Home</title>');
    // Over http, without what only makes sense over https.
    expect(home.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(home.headers.get('strict-transport-security')).toBeNull();
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('x-robots-tag')).toBeNull();
    const paper = await fetch(`${server.url}/papers/one/`);
    expect(await paper.text()).toContain('<title>One</title>');
    expect(paper.headers.get('x-frame-options')).toBe('DENY');
    expect(paper.headers.get('x-robots-tag')).toBe('noarchive, nosnippet');
    expect((await fetch(`${server.url}/papers/`)).headers.get('x-robots-tag')).toBe('nosnippet');
  });

  it('answers anything missing, and _headers, with 404.html, status 404 and the headers', async () => {
    for (const path of ['/nowhere/', '/papers/two/', '/_headers']) {
      const missing = await fetch(`${server.url}${path}`);
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toContain('<title>Not here</title>');
      expect(missing.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('types files by extension, and files of an unknown kind as bytes', async () => {
    const index = await fetch(`${server.url}/pagefind/pagefind.en.pf_meta`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('reads every rule of _headers, and the headers of its /* rule alone', () => {
    expect(readHeadersRules(site).map((rule) => rule.path)).toEqual(['/*', '/papers/:slug/', '/papers/*']);
    expect(Object.keys(readHeadersFile(site))).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Frame-Options',
    ]);
    expect(headersFor(readHeadersRules(site), '/papers/one/extra/')['X-Robots-Tag']).toBe('nosnippet');
  });
});
