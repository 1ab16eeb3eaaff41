import type { MerchantDirectoryEntry, MerchantDirectoryQuery } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import { requireParkAdmin } from './console-access.ts';

const query = {
  type: 'object',
  additionalProperties: false,
  properties: { search: { type: 'string', maxLength: 100 }, status: { enum: ['pending', 'active', 'rejected'] } },
} as const;

/** Turns typed text into a LIKE pattern that matches it anywhere, with % and _ taken literally. */
const containing = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The park's merchant directory: every registered company, searchable by name, credit code, code, cluster, contact or username. */
export function registerDirectoryRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  app.get<{ Querystring: MerchantDirectoryQuery; Reply: MerchantDirectoryEntry[] }>('/api/park/merchants', { schema: { querystring: query } }, async (request) => {
    await requireParkAdmin(authenticate, request);
    const { search = '', status = null } = request.query;
    const rows = await db.query<Omit<MerchantDirectoryEntry, 'registeredAt'> & { registeredAt: Date | string | null }>(
      `SELECT t.id AS "tenantId", t.name, t.uscc, t.cluster, t.code, t.status, u.display_name AS "contactName", u.username, COALESCE(t.registered_at, t.created_at) AS "registeredAt"
       FROM tenants t LEFT JOIN users u ON u.tenant_id = t.id AND u.role = 'merchant_owner'
       WHERE ($1 = '%%' OR t.name ILIKE $1 OR t.uscc ILIKE $1 OR t.code ILIKE $1 OR t.cluster ILIKE $1 OR u.display_name ILIKE $1 OR u.username ILIKE $1)
         AND ($2::text IS NULL OR t.status = $2)
       ORDER BY t.name LIMIT 500`,
      [containing(search), status],
    );
    return rows.map((row) => ({ ...row, registeredAt: row.registeredAt ? new Date(row.registeredAt).toISOString() : null }));
  });
}
