import { PlatformError } from '@tradewind/contract';
import type { FastifyRequest } from 'fastify';
import type { Authenticate } from '../../auth/routes.ts';
import type { Caller } from '../../auth/tokens.ts';
import type { Queryable } from '../../db/database.ts';
import { auditConsoleAction, type ConsoleAction } from '../console-access.ts';

/** A park console call, recorded before it runs: the audit names the call, its target and its query, never the answer. */
export type ConsoleCall = Omit<ConsoleAction, 'tenantId' | 'fields'>;

export type ParkAdminGate = (request: FastifyRequest, call: ConsoleCall) => Promise<Caller>;

/** Only the park administrator passes; each passing call is written to the audit log, under the park. */
export function parkAdminGate(authenticate: Authenticate, db: Queryable): ParkAdminGate {
  return async (request, call) => {
    const caller = await authenticate(request);
    if (caller.role !== 'park_admin') throw new PlatformError(403, 'forbidden', 'Only the park administrator may use the park console');
    await auditConsoleAction(db, caller, { ...call, fields: [] });
    return caller;
  };
}
