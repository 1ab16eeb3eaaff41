import { CURRENCIES } from '@tradewind/domain';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

const SWIFT = /^([A-Za-z0-9]{8}|[A-Za-z0-9]{11})$/;

/** The bank accounts a buyer pays into; read-only, with the reason, for a role that may not change them. */
export function BankAccountsFields({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('profile.required', { field: t(`profile.${field}`) }) });
  return (
    <Card size="small" title={t('profile.bank')} data-testid="profile-bank">
      {!editable && <Alert type="info" showIcon title={t('profile.bankOwnerOnly')} style={{ marginBottom: 12 }} data-testid="profile-bank-readonly" />}
      <Form.List name="bankAccounts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                type="inner"
                style={{ marginBottom: 12 }}
                data-testid={`profile-account-${index}`}
                extra={
                  editable && (
                    <Button size="small" danger onClick={() => remove(field.name)}>
                      {t('profile.removeAccount')}
                    </Button>
                  )
                }
              >
                <Form.Item name={[field.name, 'bankNameEn']} label={t('profile.bankNameEn')} rules={[required('bankNameEn')]}>
                  <Input disabled={!editable} data-testid="account-bankNameEn" />
                </Form.Item>
                <Form.Item name={[field.name, 'bankName']} label={t('profile.bankName')}>
                  <Input disabled={!editable} data-testid="account-bankName" />
                </Form.Item>
                <Form.Item name={[field.name, 'bankAddress']} label={t('profile.bankAddress')} rules={[required('bankAddress')]}>
                  <Input disabled={!editable} data-testid="account-bankAddress" />
                </Form.Item>
                <Form.Item name={[field.name, 'accountName']} label={t('profile.accountName')} rules={[required('accountName')]}>
                  <Input disabled={!editable} data-testid="account-accountName" />
                </Form.Item>
                <Form.Item name={[field.name, 'accountNo']} label={t('profile.accountNo')} rules={[required('accountNo')]}>
                  <Input disabled={!editable} data-testid="account-accountNo" />
                </Form.Item>
                <Form.Item name={[field.name, 'swift']} label={t('profile.swift')} rules={[required('swift'), { pattern: SWIFT, message: t('profile.swiftRule') }]}>
                  <Input disabled={!editable} data-testid="account-swift" />
                </Form.Item>
                <Form.Item name={[field.name, 'currency']} label={t('profile.currency')} rules={[{ required: true }]}>
                  <Select disabled={!editable} options={CURRENCIES.map((code) => ({ value: code, label: code }))} data-testid="account-currency" />
                </Form.Item>
              </Card>
            ))}
            {editable && (
              <Button onClick={() => add({ currency: 'USD', bankName: '' })} data-testid="profile-add-account">
                {t('profile.addAccount')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Card>
  );
}
