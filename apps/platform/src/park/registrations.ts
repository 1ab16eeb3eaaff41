import { PlatformError, type RegistrationRequest, type RegistrationResponse } from '@tradewind/contract';
import { isValidUscc, newId } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../auth/passwords.ts';
import type { Database } from '../db/database.ts';
import { perWindow } from '../rate-limit.ts';
import { registerApplicantRoutes } from './applicant-routes.ts';
import { registrationBody, registrationTaken, REGISTRATION_LOCK } from './registration-checks.ts';

/** A new merchant registers once; more from one address in an hour is a script (each costs a scrypt). */
const REGISTRATIONS_PER_HOUR_PER_ADDRESS = 10;

/** Merchants register themselves; the park administrator decides (registration-decisions.ts) before anyone can log in. */
export function registerRegistrationRoutes(app: FastifyInstance, db: Database): void {
  const perAddress = perWindow(REGISTRATIONS_PER_HOUR_PER_ADDRESS, 60 * 60_000, (request) => request.ip, 'too_many_attempts', 'Too many registrations from this address; try again later');

  // Cheap refusals first: the rate limit, the credit code and what is taken come before the password hash.
  app.post<{ Body: RegistrationRequest; Reply: RegistrationResponse }>('/api/registrations', { schema: { body: registrationBody }, config: perAddress }, async (request, reply) => {
    const body = request.body;
    if (!isValidUscc(body.uscc)) throw new PlatformError(400, 'invalid_uscc', 'The unified social credit code is not valid');
    await registrationTaken(db, body);
    const tenantId = newId();
    const passwordHash = await hashPassword(body.password);
    await db.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [REGISTRATION_LOCK]);
      await registrationTaken(q, body);
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

  registerApplicantRoutes(app, db, perAddress);
}
