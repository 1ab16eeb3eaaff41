import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VirtualClock } from './clock.ts';
import type { FaultBoard } from './faults.ts';
import type { InboundBook } from './inbound.ts';
import type { StockLedger } from './ledger.ts';
import type { SimProvider, WarehouseSeed } from './seed.ts';

/** What every provider file gets: the shared world and its seed. */
export interface SimContext {
  seed: WarehouseSeed;
  clock: VirtualClock;
  faults: FaultBoard;
  ledger: StockLedger;
  inbound: InboundBook;
}

const rawBodies = new WeakMap<FastifyRequest, string>();

/** The body exactly as sent (4PX signs the raw bytes). */
export function rawBody(request: FastifyRequest): string {
  return rawBodies.get(request) ?? '';
}

/** JSON bodies parsed but also kept raw; form bodies (Login with Amazon) parsed into an object. */
export function registerBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    rawBodies.set(request, body as string);
    try {
      done(null, body === '' ? {} : JSON.parse(body as string));
    } catch {
      const error = new Error('body is not JSON') as Error & { statusCode: number };
      error.statusCode = 400;
      done(error);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}

/**
 * Every provider's hooks: the switched-on faults before its handlers run (a hold, i.e. a timeout, and
 * a 5xx), the inbound orders brought up to the virtual clock, and a `Date` header in virtual time
 * (providers without a timestamp per stock row are as of their answer's date) unless a handler set one.
 */
export function registerProviderHooks(app: FastifyInstance, provider: SimProvider, { faults, clock, inbound }: SimContext): void {
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('date')) reply.header('date', new Date(clock.nowMs()).toUTCString());
  });
  app.addHook('onRequest', async (_request, reply) => {
    inbound.settle();
    const { delayMs, serverError } = faults.get(provider);
    if (delayMs > 0) await sleep(delayMs, undefined, { ref: false });
    if (serverError) return reply.code(503).type('text/html').send('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>');
  });
}

/** One page (1-based); with the duplicate-pages fault, a page after the first starts with the previous page's last row. */
export function pageOf<Row>(rows: readonly Row[], pageNo: number, pageSize: number, duplicatePages: boolean): Row[] {
  const start = (pageNo - 1) * pageSize;
  const page = rows.slice(start, start + pageSize);
  return duplicatePages && pageNo > 1 && page.length > 0 ? [rows[start - 1]!, ...page] : page;
}

export function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}
