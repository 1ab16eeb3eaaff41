import { PlatformError, type ReapplyRequest, type RegistrationResponse, type RegistrationStatus, type RegistrationStatusRequest } from '@tradewind/contract';
import { isValidUscc } from '@tradewind/domain';
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import { verifyPassword } from '../auth/passwords.ts';
import type { Database, Queryable } from '../db/database.ts';
import { credentialFields, registrationFacts, registrationTaken, REGISTRATION_LOCK } from './registration-checks.ts';

const statusBody = { type: 'object', additionalProperties: false, required: ['username', 'password'], properties: credentialFields } as const;
const reapplyBody = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'password', 'companyName', 'uscc', 'cluster', 'code', 'contactName'],
  properties: { ...credentialFields, ...registrationFacts },
} as const;

interface ApplicantRow {
  tenant_id: string;
  password_hash: string;
  status: RegistrationStatus['status'];
  rejection_reason: string | null;
  rejected_at: Date | string | null;
  name: string;
  uscc: string;
  cluster: string;
  code: string;
  display_name: string;
}

/** The registering owner, proven by their password; one answer for an unknown name and a wrong password. */
async function applicant(q: Queryable, credentials: RegistrationStatusRequest): Promise<ApplicantRow> {
  const [row] = await q.query<ApplicantRow>(
    `SELECT u.tenant_id, u.password_hash, t.status, t.rejection_reason, t.rejected_at, t.name, t.uscc, t.cluster, t.code, u.display_name
     FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.username = $1 AND u.role = 'merchant_owner'`,
    [credentials.username],
  );
  if (!(await verifyPassword(credentials.password, row?.password_hash)) || !row) throw new PlatformError(401, 'bad_credentials', 'Wrong username or password');
  return row;
}

/**
 * The applicant's side of a registration: its status with the park's reason (login answers 403
 * `registration_rejected`, then the app asks here), and a corrected reapplication that puts it back
 * in the park's queue. Both are rate limited like registering, since each costs a password check.
 */
export function registerApplicantRoutes(app: FastifyInstance, db: Database, perAddress: FastifyContextConfig): void {
  app.post<{ Body: RegistrationStatusRequest; Reply: RegistrationStatus }>('/api/registrations/status', { schema: { body: statusBody }, config: perAddress }, async (request) => {
    const row = await applicant(db, request.body);
    return {
      status: row.status,
      reason: row.status === 'rejected' ? row.rejection_reason : null,
      rejectedAt: row.status === 'rejected' && row.rejected_at ? new Date(row.rejected_at).toISOString() : null,
      registration: { companyName: row.name, uscc: row.uscc, cluster: row.cluster, code: row.code, contactName: row.display_name },
    };
  });

  app.post<{ Body: ReapplyRequest; Reply: RegistrationResponse }>('/api/registrations/reapply', { schema: { body: reapplyBody }, config: perAddress }, async (request, reply) => {
    const body = request.body;
    if (!isValidUscc(body.uscc)) throw new PlatformError(400, 'invalid_uscc', 'The unified social credit code is not valid');
    const tenantId = await db.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [REGISTRATION_LOCK]);
      const row = await applicant(q, body);
      if (row.status !== 'rejected') throw new PlatformError(409, 'not_rejected', 'Only a rejected registration can be corrected and sent again');
      await registrationTaken(q, body, row.tenant_id);
      await q.query(`UPDATE tenants SET name = $2, uscc = $3, cluster = $4, code = $5, status = 'pending', rejection_reason = NULL, rejected_at = NULL, registered_at = now() WHERE id = $1`, [
        row.tenant_id,
        body.companyName,
        body.uscc.toUpperCase(),
        body.cluster,
        body.code,
      ]);
      await q.query(`UPDATE users SET display_name = $2 WHERE tenant_id = $1 AND role = 'merchant_owner'`, [row.tenant_id, body.contactName]);
      return row.tenant_id;
    });
    return reply.status(202).send({ tenantId, status: 'pending' });
  });
}
