import type { NoticeDoc } from '@tradewind/domain';
import { Empty, Pagination, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../hooks/useObservable.ts';
import { markNoticeRead } from '../stores/notice-store.ts';
import { useWorkspace } from '../workspace.tsx';
import { NoticeCard } from './NoticeCard.tsx';

/** Notices per page: however many a device holds, the screen renders this many cards. */
export const NOTICES_PER_PAGE = 20;

export function NoticesScreen() {
  const { t } = useTranslation();
  const { db, store } = useWorkspace();
  const [page, setPage] = useState(1);
  const total = useObservable(
    useMemo(() => db.notices.count().$, [db]),
    0,
  );
  // Stays on a page that exists when notices go away.
  const shown = Math.min(page, Math.max(1, Math.ceil(total / NOTICES_PER_PAGE)));
  const notices$ = useMemo(() => db.notices.find({ sort: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (shown - 1) * NOTICES_PER_PAGE, limit: NOTICES_PER_PAGE }).$, [db, shown]);
  const notices = useObservable(notices$, []);
  if (total === 0) return <Empty description={t('notices.empty')} />;
  const pager = (
    <Pagination
      current={shown}
      pageSize={NOTICES_PER_PAGE}
      total={total}
      showSizeChanger={false}
      onChange={setPage}
      showTotal={(count, [from, to]) => t('notices.total', { from, to, total: count })}
      data-testid="notices-pager"
    />
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('notices.title')}</Typography.Title>
      {pager}
      {notices.map((doc) => {
        const notice = doc.toJSON() as NoticeDoc;
        return <NoticeCard key={notice.id} notice={notice} onMarkRead={() => void markNoticeRead(store, notice.id)} />;
      })}
      {total > NOTICES_PER_PAGE && pager}
    </Space>
  );
}
