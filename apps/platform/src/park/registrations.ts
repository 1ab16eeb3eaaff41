import type { FastifyInstance } from 'fastify';
import { PlatformError, type ApproveResponse, type PendingRegistration, type RegistrationRequest, type RegistrationResponse } from '@tradewind/contract';
import { isValidUscc, newId, newMerchantProfile, registrationWarnings } from '@tradewind/domain';
import { hashPassword } from '../auth/passwords.ts';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import { perWindow } from '../rate-limit.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { requireParkAdmin } from './park-admin.ts';

/** A new merchant registers once; more from one address in an hour is a script (each costs a scrypt). */
const REGISTRATIONS_PER_HOUR_PER_ADDRESS = 10;
/** Any constant: registrations take turns, so two cannot take one order-number prefix. */
const REGISTRATION_LOCK = 7_426_002;

const registrationBody = {
  type: 'object',
  additionalProperties: false,
  required: ['companyName', 'uscc', 'cluster', 'code', 'contactName', 'username', 'password'],
  properties: {
    companyName: { type: 'string', minLength: 2, maxLength: 200 },
    uscc: { type: 'string', minLength: 18, maxLength: 18 },
    cluster: { type: 'string', pattern: '^[a-z-]{2,40}$' },
    code: { type: 'string', pattern: '^[A-Z]{2}$' },
    contactName: { type: 'string', minLength: 1, maxLength: 100 },
    username: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{2,39}$' },
    password: { type: 'string', minLength: 10, maxLength: 200 },
  },
} as const;

/** Merchants register themselves; the park administrator approves before anyone can log in. */
export function registerRegistrationRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  const perAddress = perWindow(REGISTRATIONS_PER_HOUR_PER_ADDRESS, 60 * 60_000, (request) => request.ip, 'too_many_attempts', 'Too many registrations from this address; try again later');
  const taken = async (q: Pick<Database, 'query'>, body: RegistrationRequest) => {
    const [row] = await q.query<{ what: 'account' | 'code' }>(
      `SELECT 'account' AS what FROM users WHERE username = $1 UNION ALL SELECT 'account' FROM tenants WHERE uscc = $2
       UNION ALL SELECT 'code' FROM tenants WHERE code = $3 LIMIT 1`,
      [body.username, body.uscc.toUpperCase(), body.code],
    );
    if (row?.what === 'account') throw new PlatformError(409, 'already_registered', 'This username or company is already registered');
    if (row?.what === 'code') throw new PlatformError(409, 'code_taken', `Another merchant's order numbers start with ${body.code}; choose two other letters`);
  };

  // Cheap refusals first: the rate limit, the credit code and what is taken come before the password hash.
  app.post<{ Body: RegistrationRequest; Reply: RegistrationResponse }>('/api/registrations', { schema: { body: registrationBody }, config: perAddress }, async (request, reply) => {
    const body = request.body;
    if (!isValidUscc(body.uscc)) throw new PlatformError(400, 'invalid_uscc', 'The unified social credit code is not valid');
    await taken(db, body);
    const tenantId = newId();
    const passwordHash = await hashPassword(body.password);
    await db.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [REGISTRATION_LOCK]);
      await taken(q, body);
      await q.query(`INSERT INTO tenants (id, name, cluster, code, status, uscc, registered_at) VALUES ($1, $2, $3, $4, 'pending', $5, now())`, [
        tenantId,
        body.companyName,
        body.cluster,
        body.code,
        body.uscc.toUpperCase(),
      ]);
      await q.query(`INSERT INTO users (id, tenant_id, username, password_hash, role, display_name) VALUES ($1, $2, $3, $4, 'merchant_owner', $5)`, [
        newId(),
        tenantId,
        body.username,
        passwordHash,
        body.contactName,
      ]);
    });
    return reply.status(202).send({ tenantId, status: 'pending' });
  });

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
    await requireParkAdmin(authenticate, request);
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
      return tenant.id;
    });
    return { approved };
  });
}
