import { PlatformError, type MerchantIdentity, type MerchantIdentityChange, type ParkMerchant } from '@tradewind/contract';
import { forbiddenCharacter, isValidUscc, validateDocument } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { requireParkAdmin } from './console-access.ts';

const identityBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 200 },
    uscc: { type: 'string', minLength: 18, maxLength: 18 },
  },
} as const;

const PROFILE_ID = 'profile';

/** The new name and USCC, checked as registration checks them; throws a 400 naming what is wrong. */
function checkedIdentity(current: { name: string; uscc: string }, change: MerchantIdentityChange): { name: string; uscc: string } {
  const name = change.name?.trim() ?? current.name;
  const uscc = change.uscc?.toUpperCase() ?? current.uscc;
  if (!isValidUscc(uscc)) throw new PlatformError(400, 'invalid_uscc', 'The unified social credit code is not valid');
  const character = forbiddenCharacter(name);
  if (name.length < 2 || character) throw new PlatformError(400, 'bad_identity', character ? `The name must not contain the control character ${character}` : 'The name is too short');
  return { name, uscc };
}

/**
 * The registered Chinese name and USCC print on proformas and go into declarations, so only the
 * park changes them (devices cannot: they are server-owned fields of the profile). The tenant row
 * and the replicated profile change in one transaction, audited; devices get the profile by sync.
 */
export function registerMerchantIdentityRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  app.get<{ Reply: ParkMerchant[] }>('/api/admin/merchants', async (request) => {
    await requireParkAdmin(authenticate, request);
    return db.query<ParkMerchant>(`SELECT id AS "tenantId", name, uscc, cluster FROM tenants WHERE status = 'active' ORDER BY name`);
  });

  app.post<{ Params: { id: string }; Body: MerchantIdentityChange; Reply: MerchantIdentity }>('/api/admin/merchants/:id/identity', { schema: { body: identityBody } }, async (request) => {
    const caller = await requireParkAdmin(authenticate, request);
    const tenantId = request.params.id;
    return db.transaction(async (q) => {
      const [tenant] = await q.query<{ name: string; uscc: string }>('SELECT name, uscc FROM tenants WHERE id = $1 FOR UPDATE', [tenantId]);
      if (!tenant) throw new PlatformError(404, 'unknown_merchant', 'No merchant with this id');
      const identity = checkedIdentity(tenant, request.body);
      const [holder] = await q.query('SELECT id FROM tenants WHERE uscc = $1 AND id <> $2', [identity.uscc, tenantId]);
      if (holder) throw new PlatformError(409, 'uscc_taken', 'Another merchant is registered with this unified social credit code');
      await q.query('UPDATE tenants SET name = $2, uscc = $3 WHERE id = $1', [tenantId, identity.name, identity.uscc]);
      await writeDocumentsIn(q, tenantId, async (tx) => {
        // A pending registration has no profile yet: approval makes it from the tenant row.
        const profile = (await tx.readForUpdate('merchant', [PROFILE_ID])).get(PROFILE_ID);
        if (!profile) return;
        const fields = (['name', 'uscc'] as const).filter((field) => profile[field] !== identity[field]);
        if (fields.length === 0) return;
        const { _deleted, ...current } = profile;
        const next = { ...current, ...identity, updatedAt: new Date().toISOString() };
        const problem = validateDocument('merchant', next);
        if (problem) throw new PlatformError(400, 'bad_identity', `The profile would not be valid: ${problem.path} ${problem.message}`);
        await tx.write('merchant', [{ ...next, _deleted }]);
        await tx.audit([{ userId: caller.userId, deviceId: caller.deviceId, collection: 'merchant', documentId: PROFILE_ID, action: 'update', fields: [...fields] }]);
      });
      return { tenantId, ...identity };
    });
  });
}
