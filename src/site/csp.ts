/**
 * The Content-Security-Policy every page carries (as a meta tag: static hosts cannot be relied on
 * for headers). Scripts only as files from this site, never inline; 'wasm-unsafe-eval' lets
 * Pagefind's WebAssembly search run; no plugins, no <base>, forms only to this site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
