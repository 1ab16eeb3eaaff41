import type { AnnouncementView } from '@tradewind/domain';
import { Image, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAnnouncementAttachment } from '../hooks/useAnnouncementAttachment.ts';

/** A park announcement as the merchant reads it: title, text and the attached picture or PDF, in the user's language. */
export function AnnouncementNotice({ announcement }: { announcement: AnnouncementView }) {
  const { t } = useTranslation();
  const attached = useAnnouncementAttachment(announcement.attachment);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="announcement">
      <Space wrap>
        <Tag color="green">{t('announcement.label')}</Tag>
        <Typography.Text strong data-testid="announcement-title">
          {announcement.title}
        </Typography.Text>
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="announcement-body">
        {announcement.body}
      </Typography.Paragraph>
      {announcement.attachment &&
        (attached === null ? (
          <Typography.Text type="secondary">{t('announcement.attachmentOffline')}</Typography.Text>
        ) : announcement.attachment.contentType === 'application/pdf' ? (
          <Typography.Link href={attached} download={announcement.attachment.name} data-testid="announcement-attachment">
            {t('announcement.openPdf', { name: announcement.attachment.name })}
          </Typography.Link>
        ) : (
          <Image src={attached} alt={announcement.attachment.name} width={240} data-testid="announcement-attachment" />
        ))}
    </Space>
  );
}
