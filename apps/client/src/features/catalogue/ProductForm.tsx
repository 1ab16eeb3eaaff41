import { barcodeProblem, CLUSTERS, CURRENCIES, formatHsCode, hsCodeDigits, hsCodeProblem, hsCodesUnder, hsMatchesTemplate, templateById, TEMPLATES } from '@tradewind/domain';
import { Alert, AutoComplete, Button, Collapse, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AttributeFields } from './AttributeFields.tsx';
import { fromFormValues, toFormValues, type FormValues, type ProductFields } from './product-form-values.ts';
import { useLocalize } from './useLocalize.ts';
import { moneyInputProps } from '../../components/money.ts';

export type { ProductFields } from './product-form-values.ts';

/** The logistics measures: whole grams and millimetres. */
const MEASURES = [
  { name: 'netWeightG', label: 'catalogue.product.netWeight', unit: 'g' },
  { name: 'grossWeightG', label: 'catalogue.product.grossWeight', unit: 'g' },
  { name: 'length', label: 'catalogue.product.length', unit: 'mm' },
  { name: 'width', label: 'catalogue.product.width', unit: 'mm' },
  { name: 'height', label: 'catalogue.product.height', unit: 'mm' },
] as const satisfies readonly { name: keyof FormValues; label: string; unit: string }[];

/**
 * Edits a product: what every product has, its category template's attributes, variants and prices.
 * `focusAttribute` scrolls to that attribute's field and focuses it (a compliance hint links there).
 */
/** `pricesLocked`: the role may not change prices (the domain's role rules); they show read-only with the reason. */
export function ProductForm({
  initial,
  onSave,
  onCancel,
  focusAttribute,
  pricesLocked = false,
}: {
  initial?: ProductFields;
  onSave: (fields: ProductFields) => Promise<void>;
  onCancel: () => void;
  focusAttribute?: string;
  pricesLocked?: boolean;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [form] = Form.useForm<FormValues>();
  const currency = (Form.useWatch('currency', form) as string | undefined) ?? initial?.price.currency ?? 'USD';
  const money = moneyInputProps(currency);
  const category = Form.useWatch('category', form) as string | undefined;
  const hsCode = Form.useWatch('hsCode', form) as string | undefined;
  const template = templateById(category);
  // The attribute fields exist once the watched category names the template: scroll then, once.
  const scrolledTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusAttribute || scrolledTo.current === focusAttribute || !template?.attributes.some((attribute) => attribute.key === focusAttribute)) return;
    scrolledTo.current = focusAttribute;
    form.scrollToField(['attributes', focusAttribute], { focus: true, block: 'center' });
  }, [form, focusAttribute, template]);
  const hsMismatch = template && hsCode && !hsCodeProblem(hsCode) && !hsMatchesTemplate(template, hsCode);
  // A heading typed the way brokers write it (8211.91) offers the 10-digit codes under it.
  const hsOptions = hsCodesUnder(hsCode ?? '').map((entry) => ({ value: entry.code, label: `${formatHsCode(entry.code)} ${localize(entry.description)}` }));
  const required = { required: true, message: t('products.validation.required') };
  const axes = template?.variantAxes ?? ['colour', 'size'];

  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={toFormValues(initial)} onFinish={(values) => onSave(fromFormValues(values))} style={{ maxWidth: 880 }}>
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
        <Form.Item name="category" label={t('catalogue.product.category')}>
          <Select
            allowClear
            style={{ width: 240 }}
            data-testid="product-category"
            options={CLUSTERS.map((cluster) => ({
              label: localize(cluster.name),
              options: TEMPLATES.filter((tpl) => tpl.cluster === cluster.id).map((tpl) => ({ value: tpl.id, label: localize(tpl.name) })),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="hsCode"
          label={t('products.hsCode')}
          normalize={(value?: string) => (value && !hsCodeProblem(hsCodeDigits(value)) ? hsCodeDigits(value) : value)}
          rules={[
            required,
            {
              validator: async (_, value: string) => {
                if (value && hsCodeProblem(value)) throw new Error(hsCodesUnder(value).length > 0 ? t('products.validation.hsCodeUnder') : t('products.validation.hsCode'));
              },
            },
          ]}
        >
          <AutoComplete options={hsOptions} popupMatchSelectWidth={false}>
            <Input data-testid="product-hs" maxLength={16} />
          </AutoComplete>
        </Form.Item>
        <Form.Item name="brand" label={t('catalogue.product.brand')}>
          <Input maxLength={100} data-testid="product-brand" />
        </Form.Item>
        <Form.Item name="origin" label={t('catalogue.product.origin')} rules={[{ pattern: /^[A-Z]{2}$/, message: t('orders.countryCode') }]}>
          <Input maxLength={2} style={{ width: 80 }} />
        </Form.Item>
      </Space>
      {hsMismatch && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('catalogue.product.hsMismatch', { template: localize(template.name), headings: template.hs.join(', ') })} />}
      {pricesLocked && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('catalogue.product.pricesOwnerOnly')} data-testid="product-prices-locked" />}
      <Space wrap>
        <Form.Item name="priceMajor" label={t('products.price')} rules={[required, { type: 'number', min: 0, message: t('products.validation.price') }]}>
          <InputNumber {...money} disabled={pricesLocked} data-testid="product-price" />
        </Form.Item>
        <Form.Item name="currency" label={t('products.currency')} rules={[required]}>
          <Select style={{ width: 100 }} disabled={pricesLocked} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="costMajor" label={t('catalogue.product.cost')}>
          <InputNumber {...money} />
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
      <Collapse
        style={{ marginBottom: 16 }}
        defaultActiveKey={['attributes']}
        items={[
          { key: 'attributes', label: t('catalogue.product.attributes'), forceRender: true, children: <AttributeFields template={template} /> },
          {
            key: 'variants',
            label: t('products.variants'),
            forceRender: true,
            children: (
              <Form.List name="variants">
                {(fields, { add, remove }) => (
                  <Space orientation="vertical">
                    {fields.map((field) => (
                      <Space key={field.key} wrap align="start">
                        <Form.Item name={[field.name, 'sku']} rules={[required]} noStyle>
                          <Input placeholder={t('products.sku')} style={{ width: 160 }} maxLength={64} />
                        </Form.Item>
                        {axes.map((axis) => (
                          <Form.Item key={axis} name={[field.name, 'options', axis]} noStyle>
                            <Input placeholder={t(`catalogue.axis.${axis}`, { defaultValue: axis })} style={{ width: 130 }} maxLength={100} />
                          </Form.Item>
                        ))}
                        <Form.Item
                          name={[field.name, 'barcode']}
                          rules={[
                            {
                              validator: async (_, value?: string) => {
                                const problem = value ? barcodeProblem(value.trim()) : null;
                                if (problem) throw new Error(t(`catalogue.barcode.${problem}`));
                              },
                            },
                          ]}
                        >
                          <Input placeholder={t('catalogue.product.barcodePlaceholder')} style={{ width: 170 }} maxLength={14} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'priceMajor']} noStyle>
                          <InputNumber {...money} disabled={pricesLocked} placeholder={t('products.price')} />
                        </Form.Item>
                        <Button onClick={() => remove(field.name)}>{t('catalogue.remove')}</Button>
                      </Space>
                    ))}
                    <Button onClick={() => add({ sku: '' })}>{t('catalogue.product.addVariant')}</Button>
                  </Space>
                )}
              </Form.List>
            ),
          },
          {
            key: 'logistics',
            label: t('catalogue.product.logistics'),
            forceRender: true,
            children: (
              <>
                <Space wrap>
                  {MEASURES.map((measure) => (
                    <Form.Item key={measure.name} name={measure.name} label={t(measure.label)}>
                      <InputNumber min={0} precision={0} addonAfter={measure.unit} />
                    </Form.Item>
                  ))}
                </Space>
                <Form.List name="tiers">
                  {(fields, { add, remove }) => (
                    <Space orientation="vertical">
                      {fields.map((field) => (
                        <Space key={field.key}>
                          <Form.Item name={[field.name, 'minQuantity']} noStyle rules={[required]}>
                            <InputNumber min={1} precision={0} disabled={pricesLocked} addonBefore="≥" placeholder={t('orders.quantity')} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'priceMajor']} noStyle rules={[required]}>
                            <InputNumber {...money} disabled={pricesLocked} placeholder={t('products.price')} />
                          </Form.Item>
                          <Button disabled={pricesLocked} onClick={() => remove(field.name)}>
                            {t('catalogue.remove')}
                          </Button>
                        </Space>
                      ))}
                      <Button disabled={pricesLocked} onClick={() => add({})}>
                        {t('catalogue.product.addTier')}
                      </Button>
                    </Space>
                  )}
                </Form.List>
              </>
            ),
          },
        ]}
      />
      <Space>
        <Button type="primary" htmlType="submit" data-testid="product-save">
          {t('products.save')}
        </Button>
        <Button onClick={onCancel}>{t('products.cancel')}</Button>
      </Space>
    </Form>
  );
}
