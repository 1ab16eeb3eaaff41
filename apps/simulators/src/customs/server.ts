import Fastify, { type FastifyInstance } from 'fastify';
import { createSingleWindow, DxpRefusal, REJECTABLE_TYPES, type RejectableType } from './single-window.ts';

const BODY_LIMIT = 10 * 1024 * 1024;

/**
 * The China single window (国际贸易"单一窗口") for export declarations, as tests and the demo need it:
 * `POST /dxp/messages` takes a DxpMsg (400 `{code}` with the DXP code for a refusal: 0001/0002/0999
 * format and schema, 1001/1002 signature), `GET /dxp/receipts?receiver=` hands out receipts due
 * on the virtual clock until `POST /dxp/receipts/ack`. Admin routes register certificates, move
 * the clock (which may start at a given instant: a past month, for summaries), reject the next N inventories or summary requests, lose answers and deliver a malformed receipt.
 */
export function createCustomsSimulator(options: { clockStartMs?: number } = {}): FastifyInstance {
  const window = createSingleWindow(options);
  let loseAnswers = 0;
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT });
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post<{ Body: string }>('/dxp/messages', async (request, reply) => {
    try {
      const result = await window.receive(String(request.body ?? ''));
      if (loseAnswers > 0) {
        loseAnswers--;
        return reply.status(503).send({ code: 'unavailable', message: 'answer lost (fault)' });
      }
      return { result };
    } catch (error) {
      if (error instanceof DxpRefusal) return reply.status(400).send({ code: error.code, message: error.message });
      throw error;
    }
  });
  app.get<{ Querystring: { receiver?: string } }>('/dxp/receipts', async (request, reply) => {
    if (!request.query.receiver) return reply.status(400).send({ code: 'bad_request', message: 'receiver is required' });
    return { receipts: window.receiptsFor(request.query.receiver) };
  });
  app.post<{ Body: { receiver: string; ids: string[] } }>('/dxp/receipts/ack', async (request) => {
    window.acknowledge(request.body.receiver, request.body.ids);
    return { ok: true };
  });

  app.post<{ Body: { copCode: string; certificate: string } }>('/admin/certificates', async (request) => {
    window.registerCertificate(request.body.copCode, request.body.certificate);
    return { ok: true };
  });
  app.post<{ Body: { minutes: number } }>('/admin/clock/advance', async (request) => {
    window.clock.advance(request.body.minutes * 60_000);
    return { now: window.clock.now() };
  });
  app.post<{ Body: { count: number; reason: string; type?: RejectableType } }>('/admin/reject-next', async (request, reply) => {
    const { count, reason, type = 'CEB603' } = request.body;
    if (!REJECTABLE_TYPES.includes(type)) return reply.code(400).send({ error: 'unknown_type', detail: `${type} is not one of ${REJECTABLE_TYPES.join(', ')}` });
    window.rejectNext(count, reason, type);
    return { ok: true };
  });
  app.post<{ Body: { loseAnswers?: number } }>('/admin/faults', async (request) => {
    loseAnswers = request.body.loseAnswers ?? 0;
    return { ok: true };
  });
  app.post<{ Body: { receiver: string } }>('/admin/receipts/malformed', async (request) => {
    window.deliverMalformed(request.body.receiver);
    return { ok: true };
  });
  app.get('/admin/declarations', async () => window.declarations());
  return app;
}
