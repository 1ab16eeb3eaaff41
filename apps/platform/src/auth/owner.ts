import { PlatformError } from '@tradewind/contract';
import type { Authenticate } from './routes.ts';

const OWNER_ROLES = new Set(['merchant_owner', 'student']);

/** The caller's tenant when the caller owns the account (or is a student in a training tenant); 403 `owner_only` naming what only the owner manages. */
export async function ownerTenant(authenticate: Authenticate, request: Parameters<Authenticate>[0], manages: string): Promise<string> {
  const caller = await authenticate(request);
  if (!caller.tenantId) throw new PlatformError(403, 'no_tenant', 'This account has no merchant');
  if (!OWNER_ROLES.has(caller.role)) throw new PlatformError(403, 'owner_only', `Only the account owner manages ${manages}`);
  return caller.tenantId;
}
