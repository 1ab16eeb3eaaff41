import { useQuery } from '@tanstack/react-query';
import type { MerchantDirectoryEntry } from '@tradewind/contract';
import { Card, Input, Space, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusterName } from '../../screens/clusters.ts';
import { useConsoleTransport } from './console-transport.tsx';
import { MerchantIdentityCard } from './MerchantIdentityCard.tsx';
import { DataTable } from '../../components/DataTable.tsx';

const STATUS_COLOURS = { pending: 'gold', active: 'green', rejected: 'red' } as const;

/** Every registered company, searched on the platform as the administrator types. */
export function DirectoryScreen() {
  const { t, i18n } = useTranslation();
  const clusterName = useClusterName();
  const transport = useConsoleTransport();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const merchants = useQuery({
    queryKey: ['directory', term],
    queryFn: () => transport.json<MerchantDirectoryEntry[]>(`/api/park/merchants?search=${encodeURIComponent(term)}`),
    placeholderData: (previous) => previous,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={t('park.directory.title')} size="small">
        <Input.Search
          allowClear
          placeholder={t('park.directory.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ maxWidth: 420, marginBottom: 12 }}
          data-testid="directory-search"
        />
        <DataTable<MerchantDirectoryEntry>
          rowKey="tenantId"
          pageSize={10}
          scroll={{ x: true }}
          query={merchants}
          empty={t('park.directory.empty')}
          testIdOf={(row) => `directory-row-${row.code}`}
          columns={[
            { title: t('register.companyName'), dataIndex: 'name' },
            { title: t('register.uscc'), dataIndex: 'uscc' },
            { title: t('register.cluster'), dataIndex: 'cluster', render: clusterName },
            { title: t('park.directory.code'), dataIndex: 'code' },
            { title: t('register.contactName'), dataIndex: 'contactName' },
            { title: t('login.username'), dataIndex: 'username' },
            {
              title: t('park.directory.status'),
              dataIndex: 'status',
              render: (status: MerchantDirectoryEntry['status']) => <Tag color={STATUS_COLOURS[status]}>{t(`park.directory.statuses.${status}`)}</Tag>,
            },
            { title: t('console.registeredAt'), dataIndex: 'registeredAt', render: (at: string | null) => (at ? new Date(at).toLocaleDateString(i18n.language) : '') },
          ]}
        />
      </Card>
      <MerchantIdentityCard transport={transport} />
    </Space>
  );
}
