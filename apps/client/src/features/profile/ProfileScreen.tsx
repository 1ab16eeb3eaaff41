import { CURRENCIES, mayChangeField, type Role } from '@tradewind/domain';
import { App, Button, Card, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRefusalText } from '../../i18n/refusal-text.ts';
import { editableProfile, InvalidProfileError, saveMerchantProfile } from '../../stores/merchant-store.ts';
import { RoleRefusedError } from '../../stores/role-guard.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useMerchantProfile } from '../orders/data.ts';
import { BankAccountsFields } from './BankAccountsFields.tsx';
import { LogoField } from './LogoField.tsx';
import { ProfileNotOnDevice } from './ProfileNotOnDevice.tsx';
import { profileFieldsOf, type ProfileFormValues } from './profile-form.ts';

/** A field the park registered: shown, never edited here, with where it is changed. */
function ParkOwned({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} extra={t('profile.parkOwned')}>
      <Input value={value} readOnly disabled data-testid={testId} />
    </Form.Item>
  );
}

/** The merchant's company profile: what every proforma's letterhead, address and bank section print. */
export function ProfileScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { store, profile: session } = useWorkspace();
  const refusalText = useRefusalText();
  const merchant = useMerchantProfile();
  if (merchant === undefined) return <Spin />;
  if (merchant === null) return <ProfileNotOnDevice />;
  const role = session.user.role as Role;

  const save = async (values: ProfileFormValues) => {
    try {
      await saveMerchantProfile(store, role, profileFieldsOf(values));
      void message.success(t('profile.saved'));
    } catch (error) {
      if (error instanceof RoleRefusedError) void message.error(t('profile.refused', { reason: refusalText(error.refusal, 'merchant') }));
      else if (error instanceof InvalidProfileError) void message.error(t('profile.invalid', { field: t(`profile.${error.path.split('/')[1] ?? ''}`, { defaultValue: error.path }) }));
      else throw error;
    }
  };
  const text = (field: string, extra?: { hint?: string; rules?: object[]; area?: boolean }) => (
    <Form.Item name={field} label={t(`profile.${field}`)} extra={extra?.hint} rules={extra?.rules as never}>
      {extra?.area ? <Input.TextArea autoSize={{ minRows: 2 }} data-testid={`profile-${field}`} /> : <Input data-testid={`profile-${field}`} />}
    </Form.Item>
  );

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={3}>{t('profile.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('profile.intro')}</Typography.Paragraph>
      <Form<ProfileFormValues> layout="vertical" initialValues={editableProfile(merchant)} onFinish={save} data-testid="profile-form">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Card size="small" title={t('profile.registration')}>
            <ParkOwned label={t('profile.name')} value={merchant.name} testId="profile-name" />
            <ParkOwned label={t('profile.uscc')} value={merchant.uscc} testId="profile-uscc" />
            {text('nameEn', { hint: t('profile.nameEnHint') })}
            <Form.Item name="logo" label={t('profile.logo')}>
              <LogoField />
            </Form.Item>
          </Card>
          <Card size="small" title={t('profile.addresses')}>
            {text('addressZh', { area: true })}
            {text('addressEn', { area: true })}
          </Card>
          <Card size="small" title={t('profile.contact')}>
            {text('contactName')}
            {text('contactPhone')}
            {text('contactEmail', { rules: [{ type: 'email', message: t('profile.invalid', { field: t('profile.contactEmail') }) }] })}
          </Card>
          <Card size="small" title={t('profile.trade')}>
            {text('customsCode', { rules: [{ pattern: /^\s*[0-9A-Za-z]{10}\s*$/, message: t('profile.customsCodeRule') }] })}
            <Form.Item name="defaultCurrency" label={t('profile.defaultCurrency')}>
              <Select options={CURRENCIES.map((code) => ({ value: code, label: code }))} data-testid="profile-defaultCurrency" />
            </Form.Item>
            <Form.Item name="portsOfLoading" label={t('profile.portsOfLoading')} extra={t('profile.portsHint')}>
              <Select mode="tags" open={false} tokenSeparators={[';']} data-testid="profile-portsOfLoading" />
            </Form.Item>
          </Card>
          <BankAccountsFields editable={mayChangeField(role, 'merchant', 'bankAccounts')} />
          <Button type="primary" htmlType="submit" data-testid="profile-save">
            {t('profile.save')}
          </Button>
        </Space>
      </Form>
    </Space>
  );
}
