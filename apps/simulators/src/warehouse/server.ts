import Fastify, { type FastifyInstance } from 'fastify';
import { admin } from './admin.ts';
import { VirtualClock } from './clock.ts';
import { FaultBoard } from './faults.ts';
import { registerBodyParsers, type SimContext } from './http.ts';
import { InboundBook } from './inbound.ts';
import { StockLedger } from './ledger.ts';
import { fba } from './providers/fba.ts';
import { fourPx } from './providers/fourpx.ts';
import { goodCang } from './providers/goodcang.ts';
import { winit } from './providers/winit.ts';
import { SIM_PROVIDERS, type WarehouseSeed } from './seed.ts';

/**
 * The four providers under their own path prefixes, each speaking its provider's wire below it
 * (GoodCang `/goodcang/public_open/…`, WINIT `/winit/openapi/service`, 4PX `/4px/router/api/service`,
 * Amazon `/fba/auth/o2/token` + `/fba/fba/inventory/v1/…` + `/fba/inbound/fba/2024-03-20/…`), and `/admin`.
 */
export function createWarehouseSimulator(seed: WarehouseSeed): FastifyInstance {
  const clock = new VirtualClock();
  const faults = new FaultBoard();
  const ledger = new StockLedger(clock, faults);
  for (const provider of SIM_PROVIDERS) for (const account of seed[provider].accounts) ledger.seed(provider, account, seed.random);
  const context: SimContext = { seed, clock, faults, ledger, inbound: new InboundBook(clock, faults, ledger) };

  // Held requests (the timeout fault) must not keep the process from stopping.
  const app = Fastify({ forceCloseConnections: true });
  registerBodyParsers(app);
  void app.register(async (scope) => goodCang(scope, context), { prefix: '/goodcang/public_open' });
  void app.register(async (scope) => winit(scope, context), { prefix: '/winit' });
  void app.register(async (scope) => fourPx(scope, context), { prefix: '/4px' });
  void app.register(async (scope) => fba(scope, context), { prefix: '/fba' });
  void app.register(async (scope) => admin(scope, context), { prefix: '/admin' });
  return app;
}
