/**
 * The Content-Security-Policy the merchant app runs under, wherever it is served: by the platform
 * to browsers and phones, and by the desktop shell from app://. Its own scripts only — with
 * 'unsafe-eval' because Ajv compiles the domain's JSON schemas into functions at start — Ant
 * Design's injected styles, pictures as data/blob URLs, network only to itself and `connectTo`.
 */
export function contentSecurityPolicy(connectTo: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...connectTo].join(' '),
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
