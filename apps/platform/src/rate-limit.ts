import rateLimit from '@fastify/rate-limit';
import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import { PlatformError, type ErrorCode } from '@tradewind/contract';

/** Keys remembered per limited route; past that the least recently seen key is forgotten. */
const KEYS_PER_ROUTE = 10_000;

/**
 * @fastify/rate-limit for the routes that ask for it (`perMinute`): a fixed one-minute window per key
 * in this process's memory. Good enough to stop a runaway or hostile device; several processes each
 * apply it, so the effective limit scales with them. Register before the routes.
 */
export async function installRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    cache: KEYS_PER_ROUTE,
    // Retry-After comes from the error handler, like every other 429.
    addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': false },
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
  });
}

/** Route config: at most `max` calls a minute per `keyOf`, checked after authentication and validation; over it 429 `code`. */
export function perMinute(max: number, keyOf: (request: FastifyRequest) => string, code: ErrorCode, message: string): FastifyContextConfig {
  return perWindow(max, 60_000, keyOf, code, message);
}

/** Like `perMinute`, over a window of `windowMs`. */
export function perWindow(max: number, windowMs: number, keyOf: (request: FastifyRequest) => string, code: ErrorCode, message: string): FastifyContextConfig {
  return {
    rateLimit: {
      max,
      timeWindow: windowMs,
      hook: 'preHandler',
      keyGenerator: keyOf,
      errorResponseBuilder: (_request, { ttl }) => new PlatformError(429, code, message, { retryAfter: Math.max(1, Math.ceil(ttl / 1000)) }),
    },
  };
}
