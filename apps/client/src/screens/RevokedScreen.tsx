import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function RevokedScreen({ onLogin }: { onLogin: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={<span data-testid="revoked-title">{t('revoked.title')}</span>}
      subTitle={t('revoked.explain')}
      extra={
        <Button type="primary" onClick={onLogin}>
          {t('revoked.login')}
        </Button>
      }
    />
  );
}
