import { PlatformError, type ApproveResponse, type PendingRegistration, type RejectRegistrationRequest, type RejectResponse } from '@tradewind/contract';
import { newMerchantProfile, registrationWarnings } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { deliverEarlierAnnouncements } from './announcement-delivery.ts';
import { auditConsoleAction, requireParkAdmin } from './console-access.ts';

const rejectBody = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 1, maxLength: 1000, pattern: '\\S' } },
} as const;

/** The park administrator's queue of registrations: approve (tenant + profile in one transaction) or reject with a reason. */
export function registerRegistrationDecisions(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  app.get<{ Reply: PendingRegistration[] }>('/api/admin/registrations', async (request) => {
    await requireParkAdmin(authenticate, request);
    const pending = await db.query<Omit<PendingRegistration, 'warnings'>>(
      `SELECT t.id, t.name, t.uscc, t.cluster, t.registered_at AS "registeredAt", u.username, u.display_name AS "contactName"
       FROM tenants t JOIN users u ON u.tenant_id = t.id AND u.role = 'merchant_owner' WHERE t.status = 'pending' ORDER BY t.registered_at`,
    );
    const merchants = await db.query<{ id: string; name: string }>('SELECT id, name FROM tenants');
    return pending.map((registration) => ({
      ...registration,
      warnings: registrationWarnings(
        registration,
        merchants.filter((merchant) => merchant.id !== registration.id),
      ),
    }));
  });

  app.post<{ Params: { id: string }; Reply: ApproveResponse }>('/api/admin/registrations/:id/approve', async (request) => {
    const caller = await requireParkAdmin(authenticate, request);
    // One transaction: an approved tenant always has its profile, a failed approval leaves it pending.
    const approved = await db.transaction(async (q) => {
      const [tenant] = await q.query<{ id: string; name: string; uscc: string; cluster: string; contact: string }>(
        `UPDATE tenants t SET status = 'active' FROM users u
         WHERE t.id = $1 AND t.status = 'pending' AND u.tenant_id = t.id AND u.role = 'merchant_owner'
         RETURNING t.id, t.name, t.uscc, t.cluster, u.display_name AS contact`,
        [request.params.id],
      );
      if (!tenant) throw new PlatformError(404, 'unknown_registration', 'No pending registration with this id');
      const now = new Date().toISOString();
      await writeDocumentsIn(q, tenant.id, (tx) => tx.write('merchant', [{ ...newMerchantProfile({ ...tenant, contactName: tenant.contact }, now), _deleted: false }]));
      await deliverEarlierAnnouncements(q, tenant.id, tenant.cluster);
      await auditConsoleAction(q, caller, { tenantId: tenant.id, subject: 'registrations', documentId: tenant.id, action: 'update', fields: ['status'] });
      return tenant.id;
    });
    return { approved };
  });

  app.post<{ Params: { id: string }; Body: RejectRegistrationRequest; Reply: RejectResponse }>('/api/admin/registrations/:id/reject', { schema: { body: rejectBody } }, async (request) => {
    const caller = await requireParkAdmin(authenticate, request);
    const rejected = await db.transaction(async (q) => {
      const [tenant] = await q.query<{ id: string }>(`UPDATE tenants SET status = 'rejected', rejection_reason = $2, rejected_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`, [
        request.params.id,
        request.body.reason.trim(),
      ]);
      if (!tenant) throw new PlatformError(404, 'unknown_registration', 'No pending registration with this id');
      await auditConsoleAction(q, caller, { tenantId: tenant.id, subject: 'registrations', documentId: tenant.id, action: 'update', fields: ['status', 'rejectionReason'] });
      return tenant.id;
    });
    return { rejected };
  });
}
