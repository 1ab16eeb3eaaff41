import type { NoticeDoc } from '@tradewind/domain';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../hooks/useObservable.ts';
import { markNoticeRead } from '../stores/notice-store.ts';
import { useWorkspace } from '../workspace.tsx';

const SEVERITY_COLOURS = { info: 'blue', warning: 'orange', error: 'red' } as const;

export function NoticesScreen() {
  const { t, i18n } = useTranslation();
  const { db, store } = useWorkspace();
  const notices$ = useMemo(() => db.notices.find({ sort: [{ createdAt: 'desc' }] }).$, [db]);
  const notices = useObservable(notices$, []);
  if (notices.length === 0) return <Empty description={t('notices.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('notices.title')}</Typography.Title>
      {notices.map((doc) => {
        const notice = doc.toJSON() as NoticeDoc;
        const params = { ...notice.params, collection: notice.params.collection ? t(`collections.${notice.params.collection}`) : '' };
        return (
          <Card key={notice.id} size="small" data-testid="notice" style={{ opacity: notice.readAt ? 0.6 : 1 }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={SEVERITY_COLOURS[notice.severity]}>{new Date(notice.createdAt).toLocaleString(i18n.language)}</Tag>
                <Typography.Text>{t(notice.messageKey, params)}</Typography.Text>
              </Space>
              {notice.refused && (
                <details>
                  <summary>{t('notices.refusedContent')}</summary>
                  <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(notice.refused.content, null, 2)}</pre>
                </details>
              )}
              {!notice.readAt && (
                <Button size="small" onClick={() => void markNoticeRead(store, notice.id)}>
                  {t('notices.markRead')}
                </Button>
              )}
            </Space>
          </Card>
        );
      })}
    </Space>
  );
}
