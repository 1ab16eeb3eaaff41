import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Said instead of a spinner that never ends: a device that never synced has no letterhead to print. */
export function ProfileNotOnDevice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={t('profile.notOnDevice')}
      subTitle={t('profile.notOnDeviceHint')}
      extra={<Button onClick={() => navigate(-1)}>← {t('orderDesk.back')}</Button>}
      data-testid="profile-not-on-device"
    />
  );
}
