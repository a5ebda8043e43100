/**
 * The site's Content Security Policy, one list for both places it is sent:
 * the <meta> Astro writes into every page (astro.config.mjs) and the header
 * in public/_headers (written from this list by the security-headers
 * integration). Everything the site loads comes from itself; nothing runs
 * that Astro did not bundle and hash. The one exception is what search
 * needs: Pagefind runs its index as WebAssembly, which script-src must allow
 * with 'wasm-unsafe-eval' (it permits compiling WebAssembly, not eval()).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src: the site's own files, and WebAssembly for Pagefind. */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;
