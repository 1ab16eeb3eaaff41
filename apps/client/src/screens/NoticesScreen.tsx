import { announcementView, type NoticeDoc } from '@tradewind/domain';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../hooks/useObservable.ts';
import { refusedContentLines } from '../i18n/refused-content.ts';
import { useRefusalText } from '../i18n/refusal-text.ts';
import type { Language } from '../i18n/index.ts';
import { markNoticeRead } from '../stores/notice-store.ts';
import { useWorkspace } from '../workspace.tsx';
import { AnnouncementNotice } from './AnnouncementNotice.tsx';

const SEVERITY_COLOURS = { info: 'blue', warning: 'orange', error: 'red' } as const;

export function NoticesScreen() {
  const { t, i18n } = useTranslation();
  const { db, store } = useWorkspace();
  const notices$ = useMemo(() => db.notices.find({ sort: [{ createdAt: 'desc' }] }).$, [db]);
  const notices = useObservable(notices$, []);
  const refusalText = useRefusalText();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (notices.length === 0) return <Empty description={t('notices.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('notices.title')}</Typography.Title>
      {notices.map((doc) => {
        const notice = doc.toJSON() as NoticeDoc;
        const params = { ...notice.params, collection: notice.params.collection ? t(`collections.${notice.params.collection}`) : '' };
        const collection = notice.refused?.collection ?? String(notice.params.collection ?? '');
        const reason = notice.messageKey.startsWith('notice.pushRefused.') ? notice.messageKey.slice('notice.pushRefused.'.length) : null;
        const announcement = announcementView(notice, language);
        const text = reason ? refusalText({ reason: reason as never, detail: String(notice.params.detail ?? '') }, collection) : t(notice.messageKey, params);
        return (
          <Card key={notice.id} size="small" data-testid="notice" style={{ opacity: notice.readAt ? 0.6 : 1 }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={SEVERITY_COLOURS[notice.severity]}>{new Date(notice.createdAt).toLocaleString(i18n.language)}</Tag>
                {!announcement && <Typography.Text data-testid="notice-text">{text}</Typography.Text>}
              </Space>
              {announcement && <AnnouncementNotice announcement={announcement} />}
              {notice.refused && (
                <details>
                  <summary>{t('notices.refusedContent')}</summary>
                  <Descriptions
                    size="small"
                    column={1}
                    items={refusedContentLines(notice.refused.content, notice.refused.collection, language, (count) => t('notices.items', { count })).map((line, index) => ({
                      key: index,
                      label: line.label,
                      children: line.value,
                    }))}
                  />
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
