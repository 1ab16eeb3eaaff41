import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_TRIES } from '../session/pin-tries.ts';
import { PinErasedError, PinWaitError, vault, WrongSecretError, type Unlocked } from '../session/vault.ts';

/** Opens the app on this device without the network: the password, or the device PIN if one is set. */
export function LockScreen({ onUnlock, onOtherAccount }: { onUnlock: (unlocked: Unlocked) => void; onOtherAccount: () => void }) {
  const { t } = useTranslation();
  const peek = vault.peek()!;
  const [method, setMethod] = useState<'password' | 'pin'>(peek.hasPin ? 'pin' : 'password');
  const unlock = useMutation({
    mutationFn: ({ secret }: { secret: string }) => (method === 'pin' ? vault.unlockWithPin(secret) : vault.unlockWithPassword(secret)),
    onSuccess: onUnlock,
    onError: (error) => {
      if (error instanceof PinErasedError) setMethod('password');
    },
  });
  const error = unlock.error;
  const pinWait = error instanceof WrongSecretError && method === 'pin' ? vault.pinWait() : error instanceof PinWaitError ? error.seconds : 0;
  const problem =
    error instanceof PinErasedError ? t('lock.pinErased', { tries: PIN_TRIES }) : pinWait > 0 ? t('lock.pinWait', { seconds: pinWait }) : error instanceof WrongSecretError ? t('lock.wrong') : null;
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', padding: 16, background: '#f3f6f4' }}>
      <Card style={{ width: '100%', maxWidth: 380 }} data-testid="lock-screen">
        <Typography.Title level={3}>{t('lock.title')}</Typography.Title>
        <Typography.Paragraph>
          {peek.profile.user.displayName} · {peek.profile.tenant.name}
        </Typography.Paragraph>
        {peek.hasPin && (
          <Segmented
            block
            style={{ marginBottom: 16 }}
            value={method}
            onChange={(value) => setMethod(value as 'password' | 'pin')}
            options={[
              { label: t('lock.pin'), value: 'pin' },
              { label: t('lock.password'), value: 'password' },
            ]}
          />
        )}
        <Form layout="vertical" onFinish={(values) => unlock.mutate(values)} disabled={unlock.isPending} key={method}>
          <Form.Item
            name="secret"
            label={t(method === 'pin' ? 'lock.pin' : 'lock.password')}
            rules={[{ required: true, message: t('login.required', { field: t(method === 'pin' ? 'lock.pin' : 'lock.password') }) }]}
          >
            <Input.Password autoFocus inputMode={method === 'pin' ? 'numeric' : undefined} data-testid="unlock-secret" />
          </Form.Item>
          {problem && <Alert type="error" title={problem} style={{ marginBottom: 16 }} data-testid="unlock-error" />}
          <Button type="primary" htmlType="submit" block loading={unlock.isPending} data-testid="unlock-submit">
            {t('lock.unlock')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('lock.offlineHint', { days: peek.profile.offlineDays })}
        </Typography.Paragraph>
        <Button type="link" onClick={onOtherAccount} style={{ padding: 0 }}>
          {t('lock.otherAccount')}
        </Button>
      </Card>
    </div>
  );
}
