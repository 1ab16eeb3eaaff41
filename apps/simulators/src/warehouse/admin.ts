import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimContext } from './http.ts';
import { SIM_PROVIDERS, type SimProvider } from './seed.ts';

const HOUR_MS = 3_600_000;

/** Test and demo controls: the virtual clock, fault switches, and a look at the inbound orders made. */
export function admin(app: FastifyInstance, { clock, faults, inbound }: SimContext): void {
  app.get('/health', async () => ({ status: 'ok', now: clock.now() }));
  app.get('/clock', async () => ({ now: clock.now() }));

  app.post('/clock/advance', async (request: FastifyRequest<{ Body: { days?: number; hours?: number } }>, reply) => {
    const { days = 0, hours = 0 } = request.body ?? {};
    const ms = (Number(days) * 24 + Number(hours)) * HOUR_MS;
    if (!(ms > 0)) return reply.code(400).send({ error: 'give days and/or hours, a positive amount' });
    clock.advance(ms);
    inbound.settle();
    return { now: clock.now() };
  });

  const provider = (request: FastifyRequest<{ Params: { provider: string } }>, reply: FastifyReply): SimProvider | undefined => {
    const name = request.params.provider as SimProvider;
    if (SIM_PROVIDERS.includes(name)) return name;
    void reply.code(404).send({ error: `unknown provider ${request.params.provider}; one of ${SIM_PROVIDERS.join(', ')}` });
    return undefined;
  };

  app.get('/faults/:provider', async (request: FastifyRequest<{ Params: { provider: string } }>, reply) => {
    const name = provider(request, reply);
    return name ? faults.get(name) : reply;
  });
  app.put('/faults/:provider', async (request: FastifyRequest<{ Params: { provider: string }; Body: Record<string, unknown> }>, reply) => {
    const name = provider(request, reply);
    if (!name) return reply;
    try {
      return faults.set(name, request.body ?? {});
    } catch (error) {
      return reply.code(400).send({ error: (error as Error).message });
    }
  });
  app.delete('/faults/:provider', async (request: FastifyRequest<{ Params: { provider: string } }>, reply) => {
    const name = provider(request, reply);
    if (name) faults.clear(name);
    return name ? faults.get(name) : reply;
  });

  app.get('/inbound', async () =>
    inbound.all().map(({ provider: owner, accountId, code, sellerRef, warehouse, mode, stage, lostCartons }) => ({ provider: owner, accountId, code, sellerRef, warehouse, mode, stage, lostCartons })),
  );
}
