import { validateDocument, type MerchantDoc, type Role } from '@tradewind/domain';
import { modifyDocument, type StoreContext } from './documents.ts';
import { assertRoleMayWrite } from './role-guard.ts';

/** What the profile screen edits: everything but the park's registration (name, USCC, cluster, approval). */
export type MerchantProfileFields = Omit<MerchantDoc, 'id' | 'updatedAt' | 'name' | 'uscc' | 'cluster' | 'approvedAt' | 'customsCode'> & { customsCode?: string };

/** The fields of a stored profile the merchant edits. */
export function editableProfile({ id: _i, updatedAt: _u, name: _n, uscc: _s, cluster: _c, approvedAt: _a, ...fields }: Omit<MerchantDoc, 'customsCode'> & Partial<MerchantDoc>): MerchantProfileFields {
  return fields;
}

/** A profile the schema would refuse (e.g. a customs code that is not 10 characters); nothing was saved. */
export class InvalidProfileError extends Error {
  constructor(readonly path: string) {
    super(`Invalid merchant profile at ${path}`);
  }
}

const stored = (doc: object) => Object.fromEntries(Object.entries(doc).filter(([key, value]) => !key.startsWith('_') && value !== undefined));

/**
 * Saves the merchant's profile (the one document, id `profile`). The registered name and USCC are
 * the park's and never part of the change; a change the role may not make (staff and the bank
 * accounts) or the schema refuses throws and writes nothing.
 */
export function saveMerchantProfile(ctx: StoreContext, role: Role, fields: MerchantProfileFields): Promise<MerchantDoc> {
  return modifyDocument(ctx, 'merchant', 'profile', (current) => {
    const next = { ...current, ...fields };
    assertRoleMayWrite(role, 'merchant', current, next);
    const problem = validateDocument('merchant', stored({ ...next, updatedAt: current.updatedAt }));
    if (problem) throw new InvalidProfileError(problem.path);
    // `logo: undefined` removes the logo (modifyDocument drops undefined keys).
    return fields;
  });
}
