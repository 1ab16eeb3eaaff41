/** The renderer may only load its own files; the network is reachable only at the platform origin. */
export function contentSecurityPolicy(platformOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Ant Design injects its styles at runtime.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${platformOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
