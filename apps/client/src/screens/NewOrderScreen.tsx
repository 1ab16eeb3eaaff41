import { CURRENCIES, INCOTERMS, ORDER_CHANNELS, newId, toMajorUnits, toMinorUnits, type OrderDoc, type ProductDoc } from '@tradewind/domain';
import { App, Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nextOrderNumber } from '../db/order-numbers.ts';
import { useObservable } from '../hooks/useObservable.ts';
import { useWorkspace } from '../workspace.tsx';

interface LineValues {
  productId: string;
  quantity: number;
  unitPriceMajor: number;
}

interface OrderValues {
  buyerName: string;
  buyerCountry?: string;
  channel: OrderDoc['channel'];
  currency: string;
  incoterm: OrderDoc['incoterm'];
  notes?: string;
  lines: LineValues[];
}

export function NewOrderScreen() {
  const { t } = useTranslation();
  const { db, profile } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OrderValues>();
  const products$ = useMemo(() => db.products.find({ selector: { archived: false }, sort: [{ name: 'asc' }] }).$, [db]);
  const products = useObservable(products$, []).map((doc) => doc.toJSON() as ProductDoc);
  const byId = new Map(products.map((p) => [p.id, p]));

  const pickProduct = (index: number, productId: string) => {
    const product = byId.get(productId);
    const currency = form.getFieldValue('currency') as string;
    if (product && product.price.currency === currency) {
      form.setFieldValue(['lines', index, 'unitPriceMajor'], toMajorUnits(product.price.amount, currency));
    }
    if (product?.moq) form.setFieldValue(['lines', index, 'quantity'], product.moq);
  };

  const save = async (values: OrderValues) => {
    const number = await nextOrderNumber(db, profile.numberPrefix);
    const now = new Date().toISOString();
    await db.orders.insert({
      id: newId(),
      updatedAt: now,
      createdAt: now,
      number,
      buyerName: values.buyerName.trim(),
      buyerCountry: values.buyerCountry?.trim().toUpperCase() ?? '',
      channel: values.channel,
      status: 'quote',
      currency: values.currency,
      incoterm: values.incoterm,
      notes: values.notes ?? '',
      lines: values.lines.map((line) => {
        const product = byId.get(line.productId)!;
        return { id: newId(), productId: product.id, sku: product.sku, name: product.name, quantity: line.quantity, unitPrice: toMinorUnits(line.unitPriceMajor, values.currency) };
      }),
    });
    void message.success(t('orders.saved', { number }));
    navigate('/orders');
  };

  const required = { required: true, message: t('products.validation.required') };
  return (
    <>
      <Typography.Title level={3}>{t('orders.new')}</Typography.Title>
      <Form<OrderValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 760 }}
        initialValues={{ channel: 'fair', currency: 'USD', incoterm: 'FOB', lines: [{}] }}
        onFinish={save}
      >
        <Space wrap>
          <Form.Item name="buyerName" label={t('orders.buyer')} rules={[required]}>
            <Input data-testid="order-buyer" maxLength={200} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="buyerCountry" label={t('orders.buyerCountry')} rules={[{ pattern: /^[A-Za-z]{2}$/, message: t('orders.countryCode') }]}>
            <Input maxLength={2} style={{ width: 80 }} data-testid="order-country" />
          </Form.Item>
          <Form.Item name="channel" label={t('orders.channel')}>
            <Select style={{ width: 160 }} options={ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))} />
          </Form.Item>
          <Form.Item name="currency" label={t('orders.currency')}>
            <Select style={{ width: 100 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="incoterm" label={t('orders.incoterm')}>
            <Select style={{ width: 100 }} options={INCOTERMS.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('orders.lines')}</Typography.Title>
        <Form.List name="lines" rules={[{ validator: async (_, lines: unknown[]) => { if (!lines?.length) throw new Error(t('orders.needLine')); } }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="end">
                  <Form.Item name={[field.name, 'productId']} label={t('orders.product')} rules={[required]}>
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: 300 }}
                      data-testid={`order-line-product-${index}`}
                      options={products.map((p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }))}
                      onChange={(value: string) => pickProduct(index, value)}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} label={t('orders.quantity')} rules={[required]}>
                    <InputNumber min={1} precision={0} data-testid={`order-line-quantity-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitPriceMajor']} label={t('orders.unitPrice')} rules={[required]}>
                    <InputNumber min={0} step={0.01} precision={2} data-testid={`order-line-price-${index}`} />
                  </Form.Item>
                  <Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('orders.removeLine')}</Button>
                  </Form.Item>
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('orders.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label={t('orders.notes')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="order-save">
          {t('orders.save')}
        </Button>
      </Form>
    </>
  );
}
