import { newId, type ProductDoc } from '@tradewind/domain';
import { App, Button, Descriptions, Result, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatMoney } from '../components/money.ts';
import { useObservable } from '../hooks/useObservable.ts';
import { useWorkspace } from '../workspace.tsx';
import { ProductForm, type ProductFields } from './ProductForm.tsx';

export function NewProductScreen() {
  const { t } = useTranslation();
  const { db } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = async (fields: ProductFields) => {
    const id = newId();
    await db.products.insert({ id, updatedAt: new Date().toISOString(), category: '', origin: 'CN', brand: '', variants: [], archived: false, ...fields });
    void message.success(t('products.saved'));
    navigate(`/products/${id}`);
  };
  return (
    <>
      <Typography.Title level={3}>{t('products.new')}</Typography.Title>
      <ProductForm onSave={create} onCancel={() => navigate('/products')} />
    </>
  );
}

export function ProductDetailScreen() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { db } = useWorkspace();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const product$ = useMemo(() => db.products.findOne(id).$, [db, id]);
  const doc = useObservable(product$, undefined);
  if (doc === undefined) return null;
  if (doc === null) return <Result status="404" title={t('products.notFound')} extra={<Link to="/products">{t('products.back')}</Link>} />;
  const product = doc.toJSON() as ProductDoc;

  const save = async (fields: ProductFields) => {
    await doc.incrementalPatch({ ...fields, updatedAt: new Date().toISOString() });
    setEditing(false);
    void message.success(t('products.saved'));
  };

  if (editing) {
    return (
      <>
        <Typography.Title level={3}>{product.name}</Typography.Title>
        <ProductForm initial={product} onSave={save} onCancel={() => setEditing(false)} />
      </>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to="/products">← {t('products.back')}</Link>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="product-title">
          {product.name}
        </Typography.Title>
        <Button onClick={() => setEditing(true)} data-testid="product-edit">
          {t('products.edit')}
        </Button>
      </Space>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('products.nameEn')}>{product.nameEn}</Descriptions.Item>
        <Descriptions.Item label={t('products.sku')}>{product.sku}</Descriptions.Item>
        <Descriptions.Item label={t('products.hsCode')}>{product.hsCode}</Descriptions.Item>
        <Descriptions.Item label={t('products.price')}>
          <span data-testid="product-price-value">{formatMoney(product.price.amount, product.price.currency, i18n.language)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('products.moq')}>{`${product.moq ?? ''} ${product.unit ?? ''}`}</Descriptions.Item>
        <Descriptions.Item label={t('products.description')} span={2}>
          <span data-testid="product-description-value" style={{ whiteSpace: 'pre-wrap' }}>{product.description}</span>
        </Descriptions.Item>
      </Descriptions>
      {product.variants.length > 0 && (
        <>
          <Typography.Title level={5}>{t('products.variants')}</Typography.Title>
          <Table
            size="small"
            rowKey="sku"
            pagination={false}
            dataSource={product.variants}
            columns={[
              { title: t('products.sku'), dataIndex: 'sku' },
              { title: t('products.options'), dataIndex: 'options', render: (options: Record<string, string>) => Object.values(options).join(' / ') },
              { title: t('products.barcode'), dataIndex: 'barcode' },
              { title: t('products.price'), dataIndex: 'price', render: (price?: ProductDoc['price']) => (price ? formatMoney(price.amount, price.currency, i18n.language) : '') },
            ]}
          />
        </>
      )}
    </Space>
  );
}
