import { PlatformError } from '@tradewind/contract';
import type { FastifyRequest } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Caller } from '../auth/tokens.ts';
import type { Queryable } from '../db/database.ts';

/** The audit log is kept per tenant; actions on the park as a whole (an announcement to everyone) are kept under this one. */
export const PARK_AUDIT_TENANT = 'park';

/** The caller, refused (403) unless it is the park administrator: merchants never reach a console endpoint. */
export async function requireParkAdmin(authenticate: Authenticate, request: FastifyRequest): Promise<Caller> {
  const caller = await authenticate(request);
  if (caller.role !== 'park_admin') throw new PlatformError(403, 'forbidden', 'Only the park administrator may do this');
  return caller;
}

export interface ConsoleAction {
  /** The merchant the action concerns, or the park as a whole. */
  tenantId?: string;
  /** What was acted on: `registrations`, `announcements`, `statistics`, `alerts`, `credit`. */
  subject: string;
  /** What on it, when the action names one (a registration, an alert, a merchant's credit record). */
  documentId?: string;
  /** `create`, `update`, or the console call: `view`, `drill`, `export`, `transition`… */
  action: string;
  /** The names of what changed, never the values. */
  fields: string[];
  /** A console call's query and options (a period, a workflow step), never what it answered. */
  detail?: Record<string, unknown>;
}

/** One audit-log row per console action, in the caller's transaction (when it has one) so it exists only if the action commits. */
export async function auditConsoleAction(q: Queryable, caller: Caller, action: ConsoleAction): Promise<void> {
  await q.query(`INSERT INTO audit_log (tenant_id, user_id, device_id, collection, document_id, action, fields, detail) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`, [
    action.tenantId ?? PARK_AUDIT_TENANT,
    caller.userId,
    caller.deviceId,
    `console.${action.subject}`,
    action.documentId ?? '',
    action.action,
    JSON.stringify(action.fields),
    JSON.stringify(action.detail ?? {}),
  ]);
}
