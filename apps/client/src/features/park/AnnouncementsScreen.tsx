import { useQueryClient } from '@tanstack/react-query';
import type { AnnouncementReceipt, AnnouncementSummary } from '@tradewind/contract';
import type { AnnouncementTarget } from '@tradewind/domain';
import { Button, Card, Drawer, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusterName } from '../../screens/clusters.ts';
import { AnnouncementForm } from './AnnouncementForm.tsx';
import { useConsoleQuery } from './console-transport.tsx';
import { ConsoleTable } from './ConsoleTable.tsx';
import { DataTable } from '../../components/DataTable.tsx';

/** Published announcements with how many merchants read them, who did, and the form for a new one. */
export function AnnouncementsScreen() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const clusterName = useClusterName();
  const [writing, setWriting] = useState(false);
  const [receiptsOf, setReceiptsOf] = useState<AnnouncementSummary | null>(null);
  const announcements = useConsoleQuery<AnnouncementSummary[]>(['announcements'], '/api/park/announcements');
  const receipts = useConsoleQuery<AnnouncementReceipt[]>(['announcements', receiptsOf?.id, 'receipts'], `/api/park/announcements/${encodeURIComponent(receiptsOf?.id ?? '')}/receipts`, {
    enabled: receiptsOf !== null,
  });
  const titleOf = (row: { titleZh: string; titleEn: string }) => (i18n.language === 'en' ? row.titleEn : row.titleZh);
  const targetText = (target: AnnouncementTarget) =>
    target.kind === 'all'
      ? t('park.announcements.targetAll')
      : target.kind === 'cluster'
        ? t('park.announcements.targetCluster', { cluster: clusterName(target.cluster) })
        : t('park.announcements.targetMerchants', { count: target.tenantIds.length });
  return (
    <Card
      title={t('park.announcements.title')}
      size="small"
      extra={
        <Button type="primary" onClick={() => setWriting(true)} data-testid="announcement-new">
          {t('park.announcements.new')}
        </Button>
      }
    >
      <ConsoleTable<AnnouncementSummary>
        rowKey="id"
        query={announcements}
        empty={t('park.announcements.empty')}
        testIdOf={(row) => `announcement-row-${row.titleEn}`}
        columns={[
          { title: t('park.announcements.heading'), key: 'title', render: (_, row) => titleOf(row) },
          { title: t('park.announcements.target'), dataIndex: 'target', render: targetText },
          { title: t('park.announcements.publishedAt'), dataIndex: 'publishedAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
          {
            title: t('park.announcements.read'),
            key: 'read',
            render: (_, row) => (
              <Button type="link" size="small" onClick={() => setReceiptsOf(row)} data-testid="announcement-read-count">
                {t('park.announcements.readCount', { read: row.read, delivered: row.delivered })}
              </Button>
            ),
          },
        ]}
      />
      <Drawer open={writing} size="large" title={t('park.announcements.new')} onClose={() => setWriting(false)} destroyOnHidden>
        <AnnouncementForm
          onPublished={() => {
            setWriting(false);
            void queryClient.invalidateQueries({ queryKey: ['announcements'] });
          }}
        />
      </Drawer>
      <Drawer open={receiptsOf !== null} title={receiptsOf ? `${t('park.announcements.receipts')} · ${titleOf(receiptsOf)}` : ''} onClose={() => setReceiptsOf(null)}>
        <DataTable<AnnouncementReceipt>
          rowKey="tenantId"
          query={receipts}
          testIdOf={(row) => `receipt-${row.tenantId}`}
          columns={[
            { title: t('register.companyName'), dataIndex: 'merchantName' },
            {
              title: t('park.announcements.readAt'),
              dataIndex: 'readAt',
              render: (at: string | null) => (at ? new Date(at).toLocaleString(i18n.language) : <Tag>{t('park.announcements.unread')}</Tag>),
            },
          ]}
        />
      </Drawer>
    </Card>
  );
}
