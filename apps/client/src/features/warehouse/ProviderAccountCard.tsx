import { PlatformError, WAREHOUSE_CREDENTIAL_FIELDS, type ConnectableWarehouseProvider, type WarehouseAccountSummary } from '@tradewind/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace.tsx';
import { accountUpload, formatCodeLines, SHIP_FROM_FIELDS, type AccountFormValues } from './provider-account-form.ts';

export const ACCOUNTS_QUERY = ['warehouse', 'accounts'] as const;

/** One provider: whether it is connected, and a form to enter or replace its account (credentials are write-only). */
/** `known`: the platform answered which accounts exist (staff are not told, so no state is shown to them). */
export function ProviderAccountCard({
  provider,
  account,
  known,
  editable,
}: {
  provider: ConnectableWarehouseProvider;
  account: WarehouseAccountSummary | undefined;
  known: boolean;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { transport } = useWorkspace();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AccountFormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: unknown) =>
      transport.json<WarehouseAccountSummary>(`/api/warehouses/accounts/${encodeURIComponent(provider)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    onSuccess: () => {
      form.setFieldValue('credentials', {});
      setProblem(null);
      void message.success(t('warehouse.accounts.saved', { provider: t(`warehouse.providers.${provider}`) }));
      void queryClient.invalidateQueries({ queryKey: ACCOUNTS_QUERY });
    },
    onError: (error) => setProblem(accountErrorText(t, error)),
  });
  const submit = (values: AccountFormValues) => {
    const result = accountUpload(provider, values);
    if (!result.ok) return setProblem(t('warehouse.accounts.badLine', { table: t(`warehouse.accounts.${result.field}`), line: result.line }));
    save.mutate(result.upload);
  };
  const prefix = `account-${provider}`;
  return (
    <Card
      size="small"
      data-testid={prefix}
      title={t(`warehouse.providers.${provider}`)}
      extra={
        known && (
          <Tag color={account ? 'green' : 'default'} data-testid={`${prefix}-state`}>
            {account ? t('warehouse.accounts.connected') : t('warehouse.accounts.notConnected')}
          </Tag>
        )
      }
    >
      <Form<AccountFormValues>
        form={form}
        layout="vertical"
        disabled={!editable || save.isPending}
        onFinish={submit}
        initialValues={{ credentials: {}, warehouses: formatCodeLines(account?.warehouses ?? {}), skus: formatCodeLines(account?.skus ?? {}), shipFrom: account?.shipFrom ?? {} }}
      >
        {WAREHOUSE_CREDENTIAL_FIELDS[provider].map((field) => (
          <Form.Item key={field} name={['credentials', field]} label={field} rules={[{ required: true, whitespace: true, message: t('warehouse.accounts.required', { field }) }]}>
            <Input.Password autoComplete="new-password" placeholder={account ? t('warehouse.accounts.replace') : ''} data-testid={`${prefix}-${field}`} />
          </Form.Item>
        ))}
        <Form.Item name="warehouses" label={t('warehouse.accounts.warehouses')} extra={t('warehouse.accounts.warehousesHelp')}>
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid={`${prefix}-warehouses`} />
        </Form.Item>
        <Form.Item name="skus" label={t('warehouse.accounts.skus')} extra={t('warehouse.accounts.skusHelp')}>
          <Input.TextArea autoSize={{ minRows: 1 }} data-testid={`${prefix}-skus`} />
        </Form.Item>
        {provider === 'fba' &&
          SHIP_FROM_FIELDS.map((field) => (
            <Form.Item key={field} name={['shipFrom', field]} label={t(`warehouse.accounts.shipFrom.${field}`)}>
              <Input data-testid={`${prefix}-shipFrom-${field}`} />
            </Form.Item>
          ))}
        {problem && <Alert type="error" showIcon title={problem} data-testid={`${prefix}-error`} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid={`${prefix}-save`}>
          {account ? t('warehouse.accounts.replaceSave') : t('warehouse.accounts.connect')}
        </Button>
      </Form>
    </Card>
  );
}

/** The platform's refusal in the user's language; the detail only names fields, never a value. */
export function accountErrorText(t: (key: string, options?: Record<string, unknown>) => string, error: unknown): string {
  if (!(error instanceof PlatformError)) return t('warehouse.accounts.errors.network');
  return t(`warehouse.accounts.errors.${error.code}`, { detail: error.message, defaultValue: t('warehouse.accounts.errors.other', { detail: error.message }) });
}
