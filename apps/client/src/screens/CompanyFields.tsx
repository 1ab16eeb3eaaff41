import { isValidUscc } from '@tradewind/domain';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLUSTERS } from './clusters.ts';

/** The company's facts of a registration, the same when registering and when correcting a rejected one. */
export function CompanyFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="companyName" label={t('register.companyName')} rules={[{ required: true, min: 2, message: t('products.validation.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="uscc"
        label={t('register.uscc')}
        rules={[
          {
            validator: async (_, value: string) => {
              if (!isValidUscc(value ?? '')) throw new Error(t('register.usccInvalid'));
            },
          },
        ]}
      >
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="cluster" label={t('register.cluster')}>
        <Select options={CLUSTERS.map((cluster) => ({ value: cluster, label: t(`register.clusters.${cluster}`) }))} />
      </Form.Item>
      <Form.Item name="code" label={t('register.code')} extra={t('register.codeHint')} rules={[{ required: true, pattern: /^[A-Za-z]{2}$/, message: t('register.codeRule') }]}>
        <Input maxLength={2} style={{ width: 80 }} />
      </Form.Item>
      <Form.Item name="contactName" label={t('register.contactName')} rules={[{ required: true, message: t('products.validation.required') }]}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
