import type { MerchantDirectoryEntry } from '@tradewind/contract';
import { Card, Input, Space, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyColumns } from './company-columns.ts';
import { useConsoleQuery } from './console-transport.tsx';
import { ConsoleTable } from './ConsoleTable.tsx';
import { MerchantIdentityCard } from './MerchantIdentityCard.tsx';

const STATUS_COLOURS = { pending: 'gold', active: 'green', rejected: 'red' } as const;

/** Every registered company, searched on the platform as the administrator types. */
export function DirectoryScreen() {
  const { t, i18n } = useTranslation();
  const companyColumns = useCompanyColumns<MerchantDirectoryEntry>();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const merchants = useConsoleQuery<MerchantDirectoryEntry[]>(['directory', term], `/api/park/merchants?search=${encodeURIComponent(term)}`, { placeholderData: (previous) => previous });
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
        <ConsoleTable<MerchantDirectoryEntry>
          rowKey="tenantId"
          query={merchants}
          empty={t('park.directory.empty')}
          testIdOf={(row) => `directory-row-${row.code}`}
          columns={[
            ...companyColumns,
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
      <MerchantIdentityCard />
    </Space>
  );
}
