import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { login, LoginError, type LoginResult } from '../session/session.ts';
import { RegistrationForm } from './RegistrationForm.tsx';
import { RejectedRegistration } from './RejectedRegistration.tsx';

export function LoginScreen({ why, onLogin }: { why?: 'expired' | 'offlineTooLong'; onLogin: (result: LoginResult) => void }) {
  const { t } = useTranslation();
  const attempt = useMutation({
    mutationFn: ({ username, password, deviceName }: { username: string; password: string; deviceName?: string }) =>
      login(platform.platformUrl, username.trim(), password, deviceName?.trim() || platform.deviceName),
    onSuccess: onLogin,
  });
  const errorKey = attempt.error instanceof LoginError ? attempt.error.messageKey : attempt.error ? 'login.offline' : null;
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', padding: 16, background: '#f3f6f4' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3}>{t('login.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {why && <Alert type="warning" title={t(`login.${why}`)} style={{ marginBottom: 16 }} data-testid="login-why" />}
        <Form layout="vertical" onFinish={(values) => attempt.mutate(values)} disabled={attempt.isPending}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}>
            <Input autoComplete="username" data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Form.Item name="deviceName" label={t('login.deviceName')} initialValue={platform.deviceName} extra={t('login.deviceNameHint')}>
            <Input maxLength={100} data-testid="login-device-name" />
          </Form.Item>
          {errorKey && <Alert type="error" title={t(errorKey)} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Button type="primary" htmlType="submit" block loading={attempt.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        {errorKey === 'login.rejected' && attempt.variables && <RejectedRegistration credentials={{ username: attempt.variables.username.trim(), password: attempt.variables.password }} />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('login.demoHint')}
        </Typography.Paragraph>
        <RegistrationForm />
      </Card>
    </div>
  );
}
