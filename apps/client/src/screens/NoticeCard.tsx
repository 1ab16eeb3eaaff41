import { announcementView, type NoticeDoc } from '@tradewind/domain';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomsOriginal } from '../features/customs/CustomsNoteText.tsx';
import { withCustomsNote } from '../features/customs/customs-notice-note.ts';
import { refusedContentLines } from '../i18n/refused-content.ts';
import { useRefusalText } from '../i18n/refusal-text.ts';
import type { Language } from '../i18n/index.ts';
import { AnnouncementNotice } from './AnnouncementNotice.tsx';

const SEVERITY_COLOURS = { info: 'blue', warning: 'orange', error: 'red' } as const;

/** One notice: its text (a refusal in words) or the park's announcement, the refused content folded away, and "mark read". */
export function NoticeCard({ notice, onMarkRead }: { notice: NoticeDoc; onMarkRead: () => void }) {
  const { t, i18n } = useTranslation();
  const refusalText = useRefusalText();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const customs = withCustomsNote(notice, i18n.language);
  const params = { ...customs.params, collection: notice.params.collection ? t(`collections.${notice.params.collection}`) : '' };
  const collection = notice.refused?.collection ?? String(notice.params.collection ?? '');
  const reason = notice.messageKey.startsWith('notice.pushRefused.') ? notice.messageKey.slice('notice.pushRefused.'.length) : null;
  const announcement = announcementView(notice, language);
  const text = reason ? refusalText({ reason: reason as never, detail: String(notice.params.detail ?? '') }, collection) : t(notice.messageKey, params);
  return (
    <Card size="small" data-testid="notice" style={{ opacity: notice.readAt ? 0.6 : 1 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={SEVERITY_COLOURS[notice.severity]}>{new Date(notice.createdAt).toLocaleString(i18n.language)}</Tag>
          {!announcement && (
            <Typography.Text data-testid="notice-text">
              {text}
              {customs.original && <CustomsOriginal original={customs.original} />}
            </Typography.Text>
          )}
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
          <Button size="small" onClick={onMarkRead}>
            {t('notices.markRead')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
