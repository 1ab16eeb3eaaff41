import { PlatformError } from '@tradewind/contract';
import type { FastifyRequest } from 'fastify';
import type { Authenticate } from '../../auth/routes.ts';
import type { Caller } from '../../auth/tokens.ts';
import type { Queryable } from '../../db/database.ts';

/** A park console action, recorded before it runs: the audit names the action and its target, never the answer. */
export interface ConsoleAction {
  action: string;
  target?: string;
  detail?: Record<string, unknown>;
}

export type ParkAdminGate = (request: FastifyRequest, action: ConsoleAction) => Promise<Caller>;

/** Only the park administrator passes; each passing call is written to `park_console_audit`. */
export function parkAdminGate(authenticate: Authenticate, db: Queryable): ParkAdminGate {
  return async (request, { action, target, detail = {} }) => {
    const caller = await authenticate(request);
    if (caller.role !== 'park_admin') throw new PlatformError(403, 'forbidden', 'Only the park administrator may use the park console');
    await db.query('INSERT INTO park_console_audit (user_id, action, target, detail) VALUES ($1, $2, $3, $4)', [caller.userId, action, target ?? null, JSON.stringify(detail)]);
    return caller;
  };
}
