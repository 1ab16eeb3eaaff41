import { roleRefusal, type CollectionName, type Refusal, type Role } from '@tradewind/domain';

/** A write the platform would refuse for the user's role; nothing was saved. */
export class RoleRefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(`Refused for this role: ${refusal.reason} (${refusal.detail})`);
  }
}

/**
 * Throws before a write the platform would refuse for the role (the domain's `roleRefusal`), so
 * the user is told at once instead of seeing "saved" and the change reverted after the next sync.
 */
export function assertRoleMayWrite(role: Role, collection: CollectionName, current: object | undefined, next: object): void {
  const refusal = roleRefusal(role, collection, current as Record<string, unknown> | undefined, next as Record<string, unknown>);
  if (refusal) throw new RoleRefusedError(refusal);
}
