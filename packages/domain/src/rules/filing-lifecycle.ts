import type { FilingDoc } from '../collections/filings.ts';
import { sameJson } from '../json.ts';
import type { Doc, Refusal } from './refusal.ts';

type Status = FilingDoc['status'];

/** What a merchant may do with a filing; customs' side (customsStatus, receipts, messages) is the platform's. */
export const FILING_TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  draft: ['submitted'],
  submitted: ['withdrawn'],
  withdrawn: ['draft'],
};

/** Fields frozen while a filing is with customs: withdraw it first, or fix and resend after a rejection. */
const CONTENT_FIELDS = ['kind', 'title', 'orderIds', 'payload', 'declaration'] as const;

/** Customs (100 退单, a negative business error) or the platform (failed) turned the declaration down: it may be fixed and resent. */
export function isRejection(customsStatus: unknown): boolean {
  return customsStatus === '100' || customsStatus === 'failed' || (typeof customsStatus === 'string' && customsStatus.startsWith('-'));
}

/** 800 放行 or 899 结关: the inventory is released, so only a CEB605 cancel can undo it. */
export const isReleased = (customsStatus: unknown): boolean => customsStatus === '800' || customsStatus === '899';

function revisionRefusal(master: Doc, next: Doc): Refusal | null {
  const from = Number(master.revision ?? 1);
  const to = Number(next.revision);
  if (to === from) return null;
  if (to !== from + 1 || !isRejection(master.customsStatus) || next.status !== 'submitted') return { reason: 'filing_locked', detail: `revision ${from} → ${to}` };
  return null;
}

function cancelRefusal(master: Doc, next: Doc): Refusal | null {
  if (sameJson(master.cancelRequest, next.cancelRequest)) return null;
  if (master.cancelRequest !== undefined) return { reason: 'filing_locked', detail: 'cancelRequest' };
  if (!isReleased(master.customsStatus)) return { reason: 'cancel_not_released', detail: String(master.customsStatus) };
  return null;
}

const invtNosOf = (payload: unknown): unknown => (payload as { invtNos?: unknown } | undefined)?.invtNos;

/**
 * A summary request (CEB701, made by the platform) is fixed by dropping the inventories customs
 * turned it down for: its resend may keep only some of its inventory numbers, nothing else changes.
 */
function summaryResendRefusal(master: Doc, next: Doc): Refusal | null {
  const before = invtNosOf(master.payload);
  const after = invtNosOf(next.payload);
  const kept = Array.isArray(after) && Array.isArray(before) && after.length > 0 && new Set(after).size === after.length && after.every((invtNo) => before.includes(invtNo));
  const rest = (payload: unknown) => ({ ...(payload as object), invtNos: undefined });
  if (!kept || !sameJson(rest(master.payload), rest(next.payload))) return { reason: 'filing_locked', detail: 'payload' };
  const changed = CONTENT_FIELDS.find((field) => field !== 'payload' && !sameJson(master[field], next[field]));
  return changed ? { reason: 'filing_locked', detail: changed } : null;
}

/** The statuses a filing may move to next: what the filings screen offers. */
export function nextFilingStatuses(status: Status): readonly Status[] {
  return FILING_TRANSITIONS[status];
}

export function filingTransitionRefusal(master: Doc | undefined, next: Doc): Refusal | null {
  const to = next.status as Status;
  if (!master) {
    if (to !== 'draft' && to !== 'submitted') return { reason: 'illegal_transition', detail: `→ ${to}` };
    if (next.revision !== 1) return { reason: 'filing_locked', detail: `revision ${String(next.revision)}` };
    return next.cancelRequest === undefined ? null : { reason: 'cancel_not_released', detail: 'none' };
  }
  const from = master.status as Status;
  if (from !== to && !FILING_TRANSITIONS[from]?.includes(to)) return { reason: 'illegal_transition', detail: `${from} → ${to}` };
  const refusal = revisionRefusal(master, next) ?? cancelRefusal(master, next);
  if (refusal) return refusal;
  const resent = Number(next.revision) > Number(master.revision ?? 1);
  if (resent && master.kind === 'ceb701-summary') return summaryResendRefusal(master, next);
  if (from === 'submitted' && to === 'submitted' && !resent) {
    const changed = CONTENT_FIELDS.find((field) => !sameJson(master[field], next[field]));
    if (changed) return { reason: 'filing_locked', detail: changed };
  }
  return null;
}
