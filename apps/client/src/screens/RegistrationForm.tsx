import { useMutation } from '@tanstack/react-query';
import { PlatformError, type RegistrationRequest, type RegistrationResponse } from '@tradewind/contract';
import { createTransport, postJson } from '@tradewind/sync/client';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { CLUSTERS } from './clusters.ts';
import { CompanyFields } from './CompanyFields.tsx';

/** A new merchant applies to the park; the park administrator approves before the first login. */
export function RegistrationForm() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const register = useMutation({
    mutationFn: async (values: RegistrationRequest) => {
      const registration: RegistrationRequest = { ...values, uscc: values.uscc.trim().toUpperCase(), code: values.code.trim().toUpperCase() };
      return postJson<RegistrationResponse>(createTransport(platform.platformUrl), '/api/registrations', registration);
    },
  });
  return (
    <>
      <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(true)} data-testid="register-open">
        {t('register.open')}
      </Button>
      <Modal open={open} title={t('register.title')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        {register.isSuccess ? (
          <Alert type="success" title={t('register.submitted')} data-testid="register-done" />
        ) : (
          <Form<RegistrationRequest> name="register" layout="vertical" onFinish={(values) => register.mutate(values)} disabled={register.isPending} initialValues={{ cluster: CLUSTERS[0] }}>
            <CompanyFields />
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{2,39}$/, message: t('register.usernameRule') }]}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, min: 10, message: t('register.passwordRule') }]}>
              <Input.Password maxLength={200} />
            </Form.Item>
            {register.error && (
              <Alert
                type="error"
                title={t(`register.errors.${register.error instanceof PlatformError ? register.error.code : 'network'}`, { defaultValue: t('register.errors.network') })}
                style={{ marginBottom: 16 }}
              />
            )}
            <Button type="primary" htmlType="submit" block loading={register.isPending}>
              {t('register.submit')}
            </Button>
          </Form>
        )}
      </Modal>
    </>
  );
}
