import { PlatformError } from '@tradewind/contract';
import type { Queryable } from '../db/database.ts';

/** Any constant: registrations take turns, so two cannot take one order-number prefix. */
export const REGISTRATION_LOCK = 7_426_002;

/** The company's facts, the same in a registration and a corrected reapplication. */
export const registrationFacts = {
  companyName: { type: 'string', minLength: 2, maxLength: 200 },
  uscc: { type: 'string', minLength: 18, maxLength: 18 },
  cluster: { type: 'string', pattern: '^[a-z-]{2,40}$' },
  code: { type: 'string', pattern: '^[A-Z]{2}$' },
  contactName: { type: 'string', minLength: 1, maxLength: 100 },
} as const;

export const credentialFields = {
  username: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{2,39}$' },
  password: { type: 'string', minLength: 10, maxLength: 200 },
} as const;

export const registrationBody = {
  type: 'object',
  additionalProperties: false,
  required: ['companyName', 'uscc', 'cluster', 'code', 'contactName', 'username', 'password'],
  properties: { ...registrationFacts, ...credentialFields },
} as const;

/** Refuses (409) a username, company or order-number code another merchant holds; `ownTenant` is the reapplying one's. */
export async function registrationTaken(q: Queryable, facts: { username: string; uscc: string; code: string }, ownTenant = ''): Promise<void> {
  const [row] = await q.query<{ what: 'account' | 'code' }>(
    `SELECT 'account' AS what FROM users WHERE username = $1 AND tenant_id IS DISTINCT FROM $4 UNION ALL SELECT 'account' FROM tenants WHERE uscc = $2 AND id <> $4
     UNION ALL SELECT 'code' FROM tenants WHERE code = $3 AND id <> $4 LIMIT 1`,
    [facts.username, facts.uscc.toUpperCase(), facts.code, ownTenant],
  );
  if (row?.what === 'account') throw new PlatformError(409, 'already_registered', 'This username or company is already registered');
  if (row?.what === 'code') throw new PlatformError(409, 'code_taken', `Another merchant's order numbers start with ${facts.code}; choose two other letters`);
}
