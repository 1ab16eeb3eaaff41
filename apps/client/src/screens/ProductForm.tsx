import { CURRENCIES, toMajorUnits, toMinorUnits, type ProductDoc } from '@tradewind/domain';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export type ProductFields = Pick<ProductDoc, 'name' | 'nameEn' | 'description' | 'sku' | 'hsCode' | 'price' | 'moq' | 'unit'>;

interface FormValues {
  name: string;
  nameEn?: string;
  description?: string;
  sku: string;
  hsCode: string;
  priceMajor: number;
  currency: string;
  moq?: number;
  unit?: string;
}

/** Edits the fields people type; variants and compliance attributes get their own editors. */
export function ProductForm({ initial, onSave, onCancel }: { initial?: ProductFields; onSave: (fields: ProductFields) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const currency = initial?.price.currency ?? 'USD';
  const initialValues: Partial<FormValues> = initial
    ? { ...initial, priceMajor: toMajorUnits(initial.price.amount, currency), currency }
    : { currency, moq: 1, unit: 'pc' };
  const save = async (values: FormValues) => {
    await onSave({
      name: values.name.trim(),
      nameEn: values.nameEn?.trim() ?? '',
      description: values.description ?? '',
      sku: values.sku.trim(),
      hsCode: values.hsCode.trim(),
      price: { amount: toMinorUnits(values.priceMajor, values.currency), currency: values.currency },
      moq: values.moq ?? 1,
      unit: values.unit?.trim() ?? '',
    });
  };
  const required = { required: true, message: t('products.validation.required') };
  return (
    <Form<FormValues> layout="vertical" initialValues={initialValues} onFinish={save} style={{ maxWidth: 640 }}>
      <Form.Item name="name" label={t('products.name')} rules={[required]}>
        <Input data-testid="product-name" maxLength={200} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('products.nameEn')}>
        <Input data-testid="product-name-en" maxLength={200} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="sku" label={t('products.sku')} rules={[required]}>
          <Input data-testid="product-sku" maxLength={64} />
        </Form.Item>
        <Form.Item name="hsCode" label={t('products.hsCode')} rules={[required, { pattern: /^\d{10}$/, message: t('products.validation.hsCode') }]}>
          <Input data-testid="product-hs" maxLength={10} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="priceMajor" label={t('products.price')} rules={[required, { type: 'number', min: 0, message: t('products.validation.price') }]}>
          <InputNumber min={0} step={0.01} precision={2} data-testid="product-price" />
        </Form.Item>
        <Form.Item name="currency" label={t('products.currency')} rules={[required]}>
          <Select style={{ width: 100 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="moq" label={t('products.moq')} rules={[{ type: 'integer', min: 1, message: t('products.validation.moq') }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="unit" label={t('products.unit')}>
          <Input style={{ width: 80 }} maxLength={20} />
        </Form.Item>
      </Space>
      <Form.Item name="description" label={t('products.description')}>
        <Input.TextArea rows={4} maxLength={5000} data-testid="product-description" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="product-save">
          {t('products.save')}
        </Button>
        <Button onClick={onCancel}>{t('products.cancel')}</Button>
      </Space>
    </Form>
  );
}
