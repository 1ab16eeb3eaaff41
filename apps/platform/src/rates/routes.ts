import { PlatformError, type RatesResponse } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import { latestRateTable } from './rate-tables.ts';

/** `GET /api/rates`: the platform's latest dated exchange-rate table, which devices cache for offline use. */
export function registerRatesRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  app.get<{ Reply: RatesResponse }>('/api/rates', async (request) => {
    await authenticate(request);
    const table = await latestRateTable(db);
    if (!table) throw new PlatformError(404, 'no_rates', 'No exchange rates loaded yet');
    return table;
  });
}
