import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PlatformError, type MerchantIdentity, type MerchantIdentityChange, type ParkMerchant } from '@tradewind/contract';
import { isValidUscc } from '@tradewind/domain';
import { Alert, App, Button, Card, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { useCompanyColumns } from './company-columns.ts';
import { useConsolePost, useConsoleQuery } from './console-transport.tsx';

const IDENTITY_ERRORS = ['invalid_uscc', 'uscc_taken', 'bad_identity'] as const;

/** The park's merchants, and the one place their registered name and USCC change (devices get them by sync). */
export function MerchantIdentityCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const post = useConsolePost();
  const companyColumns = useCompanyColumns<ParkMerchant>();
  const merchants = useConsoleQuery<ParkMerchant[]>(['merchants'], '/api/admin/merchants');
  const [editing, setEditing] = useState<ParkMerchant | null>(null);
  const [form] = Form.useForm<MerchantIdentityChange>();
  const save = useMutation({
    mutationFn: ({ tenantId, change }: { tenantId: string; change: MerchantIdentityChange }) => post<MerchantIdentity>(`/api/admin/merchants/${encodeURIComponent(tenantId)}/identity`, change),
    onSuccess: () => {
      void message.success(t('console.identitySaved'));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['merchants'] });
    },
  });
  const failure = save.error;
  const code = failure instanceof PlatformError ? IDENTITY_ERRORS.find((known) => known === failure.code) : undefined;
  const open = (merchant: ParkMerchant) => {
    save.reset();
    setEditing(merchant);
  };
  return (
    <Card title={t('console.merchants')} size="small" style={{ marginTop: 16 }}>
      <DataTable<ParkMerchant>
        rowKey="tenantId"
        query={merchants}
        testIdOf={(row) => `merchant-${row.tenantId}`}
        columns={[
          ...companyColumns,
          {
            title: '',
            key: 'edit',
            render: (_, row) => (
              <Button size="small" onClick={() => open(row)} data-testid="merchant-edit-identity">
                {t('console.editIdentity')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing && t('console.identityTitle', { name: editing.name })}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          key={editing?.tenantId}
          initialValues={editing ? { name: editing.name, uscc: editing.uscc } : undefined}
          onFinish={(change) => editing && save.mutate({ tenantId: editing.tenantId, change })}
        >
          <Form.Item name="name" label={t('register.companyName')} rules={[{ required: true, min: 2, message: t('console.identityErrors.bad_identity') }]}>
            <Input data-testid="identity-name" />
          </Form.Item>
          <Form.Item
            name="uscc"
            label={t('register.uscc')}
            rules={[{ validator: async (_, value: string | undefined) => (value && isValidUscc(value) ? undefined : Promise.reject(new Error(t('register.usccInvalid')))) }]}
          >
            <Input maxLength={18} data-testid="identity-uscc" />
          </Form.Item>
          {save.isError && <Alert type="error" title={t(`console.identityErrors.${code ?? 'other'}`)} data-testid="identity-error" />}
        </Form>
      </Modal>
    </Card>
  );
}
