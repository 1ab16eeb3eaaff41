import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import { contentSecurityPolicy } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';

/** The desktop app's origin (apps/desktop serves the client from app://tradewind). */
export const DESKTOP_ORIGIN = 'app://tradewind';

/**
 * Headers for everything the platform serves: the CSP the merchant app runs under (calls only to
 * this origin), no framing, no sniffing, no referrer beyond the origin — and CORS only for the origins configured
 * (the desktop app's by default), never reflecting whatever Origin a page sends.
 */
export async function installSecurityHeaders(app: FastifyInstance, allowedOrigins: readonly (string | RegExp)[]): Promise<void> {
  await app.register(helmet, {
    // The merchant app's own policy (the desktop shell serves it the same).
    contentSecurityPolicy: false,
    // Cross-origin isolation would stop the desktop app (another origin) from reading answers.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Served on loopback and behind the park's TLS proxy alike; the proxy sets HSTS.
    strictTransportSecurity: false,
  });
  const policy = contentSecurityPolicy();
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', policy);
  });
  await app.register(cors, { origin: [...allowedOrigins], methods: ['GET', 'POST'] });
}
