import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApproveResponse, LogoutResponse, PendingRegistration } from '@tradewind/contract';
import type { RegistrationWarning } from '@tradewind/domain';
import { createTransport } from '@tradewind/sync/client';
import { App, Button, Card, Empty, Layout, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleSession } from '../session/session.ts';
import { MerchantIdentityCard } from './MerchantIdentityCard.tsx';

/** The park administrator's console: approving merchant registrations, the merchants' registered identity. Online only, nothing stored. */
export function ParkConsole({ session, onLogout }: { session: ConsoleSession; onLogout: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const transport = useMemo(() => createTransport(session.platformUrl, { accessToken: () => session.tokens.accessToken, refresh: async () => (onLogout(), false) }), [session, onLogout]);
  const pending = useQuery({ queryKey: ['registrations'], queryFn: () => transport.json<PendingRegistration[]>('/api/admin/registrations') });
  // Ends this device's session on the platform too (its refresh token stops working); leaving works offline regardless.
  const logout = () => {
    void transport.json<LogoutResponse>('/api/auth/logout', { method: 'POST' }).catch(() => {});
    onLogout();
  };
  const approve = useMutation({
    mutationFn: (id: string) => transport.json<ApproveResponse>(`/api/admin/registrations/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
    onSuccess: () => {
      void message.success(t('console.approved'));
      void queryClient.invalidateQueries({ queryKey: ['registrations'] });
      void queryClient.invalidateQueries({ queryKey: ['merchants'] });
    },
  });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('console.title')}
        </Typography.Title>
        <Space>
          <Typography.Text style={{ color: '#fff' }}>{session.user.displayName}</Typography.Text>
          <Button size="small" onClick={logout}>
            {t('console.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Card title={t('console.registrations')} size="small">
          <Table<PendingRegistration>
            rowKey="id"
            size="small"
            loading={pending.isLoading}
            dataSource={pending.data ?? []}
            pagination={false}
            locale={{ emptyText: <Empty description={t('console.noRegistrations')} /> }}
            onRow={(row) => ({ 'data-testid': `registration-${row.username}` }) as never}
            columns={[
              { title: t('register.companyName'), dataIndex: 'name' },
              { title: t('register.uscc'), dataIndex: 'uscc' },
              { title: t('register.cluster'), dataIndex: 'cluster', render: (cluster: string) => t(`register.clusters.${cluster}`, { defaultValue: cluster }) },
              { title: t('register.contactName'), dataIndex: 'contactName' },
              { title: t('login.username'), dataIndex: 'username' },
              {
                title: t('console.check'),
                dataIndex: 'warnings',
                render: (warnings: RegistrationWarning[]) =>
                  warnings.map((warning, i) => (
                    <Tag color="orange" key={i} data-testid="registration-warning">
                      {warning.kind === 'park_role'
                        ? t('console.warnings.park_role', { field: t(`console.fields.${warning.field}`) })
                        : t(`console.warnings.${warning.kind}`, { merchant: warning.merchant })}
                    </Tag>
                  )),
              },
              { title: t('console.registeredAt'), dataIndex: 'registeredAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
              {
                title: '',
                key: 'approve',
                render: (_, row) => (
                  <Button type="primary" size="small" loading={approve.isPending && approve.variables === row.id} onClick={() => approve.mutate(row.id)} data-testid="registration-approve">
                    {t('console.approve')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        <MerchantIdentityCard transport={transport} />
      </Layout.Content>
    </Layout>
  );
}
