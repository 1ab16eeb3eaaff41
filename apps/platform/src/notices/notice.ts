import { newId } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync/server';

export type NoticeParams = Record<string, string>;

/** A notice for the merchant: a translation key (both languages in the client bundle) and its parameters. */
export function platformNotice(messageKey: string, severity: 'info' | 'warning' | 'error', params: NoticeParams): ReplicatedDoc {
  const now = new Date().toISOString();
  return { id: newId(), updatedAt: now, kind: 'announcement', severity, messageKey, params, createdAt: now, _deleted: false };
}
