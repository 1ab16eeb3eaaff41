import type { NoticeDoc } from '@tradewind/domain';
import { modifyDocument, stampOf, type StoreContext } from './documents.ts';

export function markNoticeRead(ctx: StoreContext, id: string): Promise<NoticeDoc> {
  return modifyDocument(ctx, 'notices', id, () => ({ readAt: stampOf(ctx) }));
}
