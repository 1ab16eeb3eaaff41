import { PlatformError } from '@tradewind/contract';
import type { Authenticate } from '../auth/routes.ts';
import type { Caller } from '../auth/tokens.ts';

/** The caller, when it is the park administrator; 403 for anyone else. */
export async function requireParkAdmin(authenticate: Authenticate, request: Parameters<Authenticate>[0]): Promise<Caller> {
  const caller = await authenticate(request);
  if (caller.role !== 'park_admin') throw new PlatformError(403, 'forbidden', 'Only the park administrator may do this');
  return caller;
}
