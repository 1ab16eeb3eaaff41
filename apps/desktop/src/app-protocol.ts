import { readFile } from 'node:fs/promises';
import { locateClientFile } from './client-files.ts';
import { mimeType } from './mime.ts';

/** Handler for protocol.handle('app', …): serves the built client with a strict CSP on every response. */
export function createAppProtocolHandler(clientDir: string, csp: string): (request: Request) => Promise<Response> {
  const securityHeaders = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
  return async (request) => {
    const file = await locateClientFile(clientDir, request.url);
    if (file === null) return new Response('Forbidden', { status: 403, headers: securityHeaders });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      const message = `Tradewind client not found in ${clientDir}. Build it with: npm run build -w @tradewind/client`;
      return new Response(message, { status: 404, headers: securityHeaders });
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': mimeType(file) },
    });
  };
}
