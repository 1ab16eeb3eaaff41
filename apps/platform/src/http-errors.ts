import { PlatformError } from '@tradewind/contract';
import type { FastifyError, FastifyInstance } from 'fastify';

/** Every error leaves the platform as `{error:{code,message}}`; internals are logged, not sent. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | PlatformError, request, reply) => {
    if (error instanceof PlatformError) {
      if (error.details.retryAfter) void reply.header('retry-after', String(error.details.retryAfter));
      return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      // Name, code and stack only: database errors carry the query's parameters (documents, password hashes).
      request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'internal error');
      return reply.status(500).send({ error: { code: 'internal', message: 'Internal error' } });
    }
    const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'too_large' : error.validation ? 'bad_request' : String(error.code ?? 'bad_request').toLowerCase();
    return reply.status(status).send({ error: { code, message: error.message } });
  });
}

/** Unknown paths: the app shell for the merchant app's own routes when it is served, else JSON 404. */
export function installNotFound(app: FastifyInstance, serveAppShell: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    if (serveAppShell && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
}
