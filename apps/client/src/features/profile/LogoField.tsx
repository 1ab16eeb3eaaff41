import { LOGO_MAX_LENGTH } from '@tradewind/domain';
import { App, Button, Space, Upload } from 'antd';
import { useTranslation } from 'react-i18next';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
/** A data URL is 4/3 of the bytes plus its prefix; this keeps it inside the schema's limit. */
const MAX_BYTES = Math.floor(((LOGO_MAX_LENGTH - 40) * 3) / 4);

function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** The letterhead logo as a form field: its value is the image's data URL, or undefined. */
export function LogoField({ value, onChange }: { value?: string; onChange?: (value: string | undefined) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = async (file: File) => {
    if (!LOGO_TYPES.includes(file.type) || file.size > MAX_BYTES) void message.error(t('profile.logoRule', { kb: Math.floor(MAX_BYTES / 1024) }));
    else onChange?.(await dataUrlOf(file));
    return false;
  };
  return (
    <Space wrap>
      {value && <img src={value} alt={t('profile.logo')} style={{ maxHeight: 64, maxWidth: 200 }} data-testid="profile-logo" />}
      <Upload accept={LOGO_TYPES.join(',')} showUploadList={false} beforeUpload={(file) => pick(file)}>
        <Button data-testid="profile-logo-upload">{t('profile.logoUpload')}</Button>
      </Upload>
      {value && <Button onClick={() => onChange?.(undefined)}>{t('profile.logoRemove')}</Button>}
    </Space>
  );
}
