import { useMutation, useQuery } from '@tanstack/react-query';
import { PlatformError, type ReapplyRequest, type RegistrationResponse, type RegistrationStatus, type RegistrationStatusRequest } from '@tradewind/contract';
import { createTransport, postJson } from '@tradewind/sync/client';
import { Alert, Button, Form, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { CompanyFields } from './CompanyFields.tsx';

type Correction = RegistrationStatus['registration'];

/** After a login answered "rejected": the park's reason, and the registration to correct and send again. */
export function RejectedRegistration({ credentials }: { credentials: RegistrationStatusRequest }) {
  const { t, i18n } = useTranslation();
  const transport = useMemo(() => createTransport(platform.platformUrl), []);
  const status = useQuery({
    queryKey: ['registration-status', credentials.username],
    queryFn: () => postJson<RegistrationStatus>(transport, '/api/registrations/status', credentials),
  });
  const reapply = useMutation({
    mutationFn: (values: Correction) =>
      postJson<RegistrationResponse>(transport, '/api/registrations/reapply', {
        ...credentials,
        ...values,
        uscc: values.uscc.trim().toUpperCase(),
        code: values.code.trim().toUpperCase(),
      } satisfies ReapplyRequest),
  });
  if (status.isLoading) return <Spin description={t('registrationStatus.loading')} />;
  if (!status.data || status.data.status !== 'rejected') return null;
  if (reapply.isSuccess) return <Alert type="success" title={t('registrationStatus.resubmitted')} data-testid="reapply-done" />;
  const { reason, rejectedAt, registration } = status.data;
  return (
    <div data-testid="registration-rejected">
      <Alert
        type="warning"
        title={t('registrationStatus.title')}
        description={
          <>
            <Typography.Paragraph style={{ margin: 0 }} data-testid="rejection-reason">
              {t('registrationStatus.reason', { reason })}
            </Typography.Paragraph>
            {rejectedAt && <Typography.Text type="secondary">{t('registrationStatus.rejectedAt', { at: new Date(rejectedAt).toLocaleString(i18n.language) })}</Typography.Text>}
          </>
        }
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={5}>{t('registrationStatus.correct')}</Typography.Title>
      <Form<Correction> name="reapply" layout="vertical" initialValues={registration} onFinish={(values) => reapply.mutate(values)} disabled={reapply.isPending}>
        <CompanyFields />
        {reapply.error && (
          <Alert
            type="error"
            title={t(`register.errors.${reapply.error instanceof PlatformError ? reapply.error.code : 'network'}`, { defaultValue: t('register.errors.network') })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Button type="primary" htmlType="submit" block loading={reapply.isPending} data-testid="reapply-submit">
          {t('registrationStatus.resubmit')}
        </Button>
      </Form>
    </div>
  );
}
