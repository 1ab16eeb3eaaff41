import { useQueryClient } from '@tanstack/react-query';
import type { ApproveResponse, PendingRegistration, RejectResponse } from '@tradewind/contract';
import type { RegistrationWarning } from '@tradewind/domain';
import { Button, Card, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyColumns } from './company-columns.ts';
import { useConsoleAction, useConsolePost, useConsoleQuery } from './console-transport.tsx';
import { DataTable } from '../../components/DataTable.tsx';

/** Registrations waiting for the park: approve, or reject with a reason the applicant sees. */
export function RegistrationsScreen() {
  const { t, i18n } = useTranslation();
  const companyColumns = useCompanyColumns<PendingRegistration>();
  const queryClient = useQueryClient();
  const post = useConsolePost();
  const [rejecting, setRejecting] = useState<PendingRegistration | null>(null);
  const pending = useConsoleQuery<PendingRegistration[]>(['registrations'], '/api/admin/registrations');
  const decided = () => {
    void queryClient.invalidateQueries({ queryKey: ['registrations'] });
    void queryClient.invalidateQueries({ queryKey: ['directory'] });
    void queryClient.invalidateQueries({ queryKey: ['merchants'] });
  };
  const approve = useConsoleAction({
    mutationFn: (id: string) => post<ApproveResponse>(`/api/admin/registrations/${encodeURIComponent(id)}/approve`, {}),
    said: () => t('console.approved'),
    onSuccess: decided,
  });
  const reject = useConsoleAction({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => post<RejectResponse>(`/api/admin/registrations/${encodeURIComponent(id)}/reject`, { reason }),
    said: () => t('park.registrations.rejected'),
    onSuccess: () => {
      setRejecting(null);
      decided();
    },
  });
  return (
    <Card title={t('console.registrations')} size="small">
      <DataTable<PendingRegistration>
        rowKey="id"
        scroll={{ x: true }}
        query={pending}
        empty={t('console.noRegistrations')}
        testIdOf={(row) => `registration-${row.username}`}
        columns={[
          ...companyColumns,
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
            key: 'decide',
            render: (_, row) => (
              <Space>
                <Button type="primary" size="small" loading={approve.isPending && approve.variables === row.id} onClick={() => approve.mutate(row.id)} data-testid="registration-approve">
                  {t('console.approve')}
                </Button>
                <Button danger size="small" onClick={() => setRejecting(row)} data-testid="registration-reject">
                  {t('park.registrations.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={rejecting !== null} title={t('park.registrations.rejectTitle', { name: rejecting?.name })} footer={null} onCancel={() => setRejecting(null)} destroyOnHidden>
        <Form<{ reason: string }> layout="vertical" onFinish={({ reason }) => rejecting && reject.mutate({ id: rejecting.id, reason: reason.trim() })} disabled={reject.isPending}>
          <Form.Item name="reason" label={t('park.registrations.reason')} rules={[{ required: true, whitespace: true, message: t('park.registrations.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="reject-reason" />
          </Form.Item>
          <Button danger type="primary" htmlType="submit" loading={reject.isPending} data-testid="reject-confirm">
            {t('park.registrations.reject')}
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
