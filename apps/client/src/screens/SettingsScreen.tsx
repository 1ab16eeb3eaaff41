import type { DeviceInfo, RevokeResponse } from '@tradewind/contract';
import { can, type Role } from '@tradewind/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { vault } from '../session/vault.ts';
import { useWorkspace } from '../workspace.tsx';
import { DataTable } from '../components/DataTable.tsx';

function DevicesCard() {
  const { t, i18n } = useTranslation();
  const { transport, profile } = useWorkspace();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const devices = useQuery({ queryKey: ['devices'], queryFn: () => transport.json<DeviceInfo[]>('/api/devices') });
  const revoke = useMutation({
    mutationFn: (id: string) => transport.json<RevokeResponse>(`/api/devices/${encodeURIComponent(id)}/revoke`, { method: 'POST' }),
    onSuccess: () => {
      void message.success(t('settings.revoked'));
      void queryClient.invalidateQueries({ queryKey: ['devices'] });
    },
  });
  const manage = can(profile.user.role as Role, 'manageDevices');
  return (
    <Card title={t('settings.devices')} size="small">
      {devices.isError && <Typography.Text type="warning">{t('settings.devicesOffline')}</Typography.Text>}
      <DataTable<DeviceInfo>
        rowKey="id"
        query={devices}
        testIdOf={(device) => `device-${device.id}`}
        columns={[
          {
            title: t('settings.deviceName'),
            dataIndex: 'name',
            render: (name: string, device) => (
              <>
                {name} {device.current && <Tag color="green">{t('settings.thisDevice')}</Tag>}
              </>
            ),
          },
          { title: t('settings.user'), dataIndex: 'username' },
          { title: t('settings.lastSeen'), dataIndex: 'lastSeenAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
          {
            title: '',
            key: 'actions',
            render: (_, device) =>
              device.revokedAt ? (
                <Tag>{t('settings.revokedAt', { at: new Date(device.revokedAt).toLocaleString(i18n.language) })}</Tag>
              ) : (
                manage &&
                !device.current && (
                  <Popconfirm
                    title={t('settings.revokeConfirm', { name: device.name })}
                    okText={t('settings.revoke')}
                    okButtonProps={{ danger: true, 'data-testid': 'device-revoke-confirm' } as never}
                    cancelText={t('products.cancel')}
                    onConfirm={() => revoke.mutate(device.id)}
                  >
                    <Button danger size="small" data-testid="device-revoke">
                      {t('settings.revoke')}
                    </Button>
                  </Popconfirm>
                )
              ),
          },
        ]}
      />
    </Card>
  );
}

function PinCard() {
  const { t } = useTranslation();
  const { unlocked } = useWorkspace();
  const { message } = App.useApp();
  const save = async ({ pin }: { pin: string }) => {
    await vault.setPin(unlocked, pin);
    void message.success(t('settings.pinSaved'));
  };
  return (
    <Card title={t('settings.pin')} size="small">
      <Typography.Paragraph type="secondary">{t('settings.pinExplain')}</Typography.Paragraph>
      <Form layout="inline" onFinish={save}>
        <Form.Item name="pin" rules={[{ required: true, pattern: /^\d{6,12}$/, message: t('settings.pinRule') }]}>
          <Input.Password inputMode="numeric" maxLength={12} placeholder="······" data-testid="pin-input" />
        </Form.Item>
        <Button htmlType="submit" data-testid="pin-save">
          {t('settings.pinSet')}
        </Button>
      </Form>
    </Card>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <DevicesCard />
      <PinCard />
    </Space>
  );
}
