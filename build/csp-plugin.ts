// Vite plugin: puts the Content-Security-Policy in the built index.html, first in <head> so it governs
// every script and style after it. Build only: the dev server injects inline scripts for hot reload.
import type { Plugin } from 'vite';

/**
 * Only the lab's own files run or load: no inline script, no eval, no other origin, no plugins. The
 * page itself compiles no WebAssembly (the engine runs in workers, which a <meta> policy does not
 * reach; a host sending CSP as a header to every file must add 'wasm-unsafe-eval' for them). Nothing
 * needs blob: or data: (downloads are blob: links, which CSP does not govern).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'shelfcast-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
