import { PlatformError, type AuditEntry, type AuditQuery } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';

const query = {
  type: 'object',
  additionalProperties: false,
  properties: {
    tenantId: { type: 'string', maxLength: 60 },
    collection: { type: 'string', maxLength: 40 },
    documentId: { type: 'string', maxLength: 40 },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
} as const;

/** Who changed what, from which device, when: for the merchant's owner and the park administrator. */
export function registerAuditRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  app.get<{ Querystring: AuditQuery & { limit: number }; Reply: AuditEntry[] }>('/api/audit', { schema: { querystring: query } }, async (request) => {
    const caller = await authenticate(request);
    const tenantId = caller.role === 'park_admin' ? request.query.tenantId : caller.role === 'merchant_owner' ? caller.tenantId : null;
    if (!tenantId) throw new PlatformError(403, 'forbidden', 'Only the owner or the park administrator may read the audit log');
    const { collection = null, documentId = null, limit } = request.query;
    return db.query<AuditEntry>(
      `SELECT a.at, a.collection, a.document_id AS "documentId", a.action, a.fields, a.reason, u.username, d.name AS "deviceName"
       FROM audit_log a JOIN users u ON u.id = a.user_id LEFT JOIN devices d ON d.id = a.device_id
       WHERE a.tenant_id = $1 AND ($2::text IS NULL OR a.collection = $2) AND ($3::text IS NULL OR a.document_id = $3)
       ORDER BY a.id DESC LIMIT $4`,
      [tenantId, collection, documentId, limit],
    );
  });
}
