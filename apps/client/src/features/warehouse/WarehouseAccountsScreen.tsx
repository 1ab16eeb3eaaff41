import type { WarehouseAccountSummary } from '@tradewind/contract';
import { can, type Role } from '@tradewind/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSyncSummary } from '../../hooks/useSyncSummary.ts';
import { useWorkspace } from '../../workspace.tsx';
import { accountErrorText, ACCOUNTS_QUERY, ProviderAccountCard } from './ProviderAccountCard.tsx';
import { PROVIDER_ACCOUNTS } from './provider-account-form.ts';

/** The merchant's overseas-warehouse provider accounts, kept on the platform: online only, set by the owner. */
export function WarehouseAccountsScreen() {
  const { t } = useTranslation();
  const { transport, profile } = useWorkspace();
  const { networkUp } = useSyncSummary();
  const owner = can(profile.user.role as Role, 'manageWarehouseAccounts');
  const accounts = useQuery({
    queryKey: ACCOUNTS_QUERY,
    queryFn: () => transport.json<WarehouseAccountSummary[]>('/api/warehouses/accounts'),
    enabled: owner && networkUp,
  });
  const ready = !owner || accounts.isSuccess;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('warehouse.accounts.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('warehouse.accounts.explain')}</Typography.Paragraph>
      {!networkUp && <Alert type="warning" showIcon title={t('warehouse.accounts.offline')} data-testid="accounts-offline" />}
      {!owner && <Alert type="info" showIcon title={t('warehouse.accounts.ownerOnly')} data-testid="accounts-owner-only" />}
      {accounts.isError && <Alert type="error" showIcon title={accountErrorText(t, accounts.error)} data-testid="accounts-error" />}
      {accounts.isLoading && <Spin />}
      {ready &&
        PROVIDER_ACCOUNTS.map((provider) => (
          <ProviderAccountCard key={provider} provider={provider} account={accounts.data?.find((account) => account.provider === provider)} known={accounts.isSuccess} editable={owner && networkUp} />
        ))}
    </Space>
  );
}
