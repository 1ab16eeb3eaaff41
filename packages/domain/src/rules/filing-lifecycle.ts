import type { FilingDoc } from '../collections/filings.ts';
import { sameJson } from '../json.ts';
import type { Doc, Refusal } from './refusal.ts';

type Status = FilingDoc['status'];

/** What a merchant may do with a filing; customs' side (customsStatus, receipts) is the platform's. */
export const FILING_TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  draft: ['submitted'],
  submitted: ['withdrawn'],
  withdrawn: ['draft'],
};

/** The statuses a filing may move to next: what the filings screen offers. */
export function nextFilingStatuses(status: Status): readonly Status[] {
  return FILING_TRANSITIONS[status];
}

/** Fields frozen while a filing is with customs: withdraw it first to change them. */
const CONTENT_FIELDS = ['kind', 'title', 'orderIds', 'payload'] as const;

export function filingTransitionRefusal(master: Doc | undefined, next: Doc): Refusal | null {
  const to = next.status as Status;
  if (!master) return to === 'draft' || to === 'submitted' ? null : { reason: 'illegal_transition', detail: `→ ${to}` };
  const from = master.status as Status;
  if (from !== to && !FILING_TRANSITIONS[from]?.includes(to)) return { reason: 'illegal_transition', detail: `${from} → ${to}` };
  if (from === 'submitted' && to === 'submitted') {
    const changed = CONTENT_FIELDS.find((field) => !sameJson(master[field], next[field]));
    if (changed) return { reason: 'filing_locked', detail: changed };
  }
  return null;
}
