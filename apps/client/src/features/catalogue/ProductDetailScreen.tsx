import { formatHsCode, isFilled, mayChangeField, templateById, validateAttributes, type ProductDoc, type Role } from '@tradewind/domain';
import { Alert, App, Button, Descriptions, Result, Space, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RxDocument } from 'rxdb';
import { formatMoney } from '../../components/money.ts';
import { useObservable } from '../../hooks/useObservable.ts';
import { useRefusalText } from '../../i18n/refusal-text.ts';
import { createProduct, saveProduct } from '../../stores/product-store.ts';
import { RoleRefusedError } from '../../stores/role-guard.ts';
import { useWorkspace } from '../../workspace.tsx';
import { DeclarationPanel } from './DeclarationPanel.tsx';
import { ImageGallery } from './ImageGallery.tsx';
import { ListingsPanel } from './ListingsPanel.tsx';
import { ProductForm, type ProductFields } from './ProductForm.tsx';
import { TranslationsPanel } from './TranslationsPanel.tsx';
import { useLocalize } from './useLocalize.ts';
import { attributeText } from './attribute-text.ts';
import { DataTable } from '../../components/DataTable.tsx';

export function NewProductScreen() {
  const { t } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = async (fields: ProductFields) => {
    const { id } = await createProduct(store, fields);
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

function Overview({ doc }: { doc: RxDocument<ProductDoc> }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalize();
  const product = doc.toJSON() as ProductDoc;
  const template = templateById(product.category);
  const missing = template ? validateAttributes(template, product.attributes ?? {}, { complete: true }).filter((problem) => problem.code === 'required') : [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ImageGallery doc={doc} />
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('catalogue.product.missingAttributes', { attributes: missing.map((problem) => localize(template!.attributes.find((a) => a.key === problem.key)!.label)).join('、') })}
        />
      )}
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('products.nameEn')}>{product.nameEn}</Descriptions.Item>
        <Descriptions.Item label={t('products.sku')}>{product.sku}</Descriptions.Item>
        <Descriptions.Item label={t('catalogue.product.category')}>{template ? localize(template.name) : product.category}</Descriptions.Item>
        <Descriptions.Item label={t('products.hsCode')}>{formatHsCode(product.hsCode)}</Descriptions.Item>
        <Descriptions.Item label={t('catalogue.product.brand')}>{product.brand}</Descriptions.Item>
        <Descriptions.Item label={t('catalogue.product.origin')}>{product.origin}</Descriptions.Item>
        <Descriptions.Item label={t('products.price')}>
          <span data-testid="product-price-value">{formatMoney(product.price.amount, product.price.currency, i18n.language)}</span>
          {(product.priceTiers ?? []).map((tier) => (
            <Tag key={tier.minQuantity} style={{ marginLeft: 8 }}>
              ≥{tier.minQuantity}: {formatMoney(tier.price.amount, tier.price.currency, i18n.language)}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('products.moq')}>{`${product.moq ?? ''} ${product.unit ?? ''}`}</Descriptions.Item>
        {product.cost && <Descriptions.Item label={t('catalogue.product.cost')}>{formatMoney(product.cost.amount, product.cost.currency, i18n.language)}</Descriptions.Item>}
        {(product.grossWeightG || product.dimensionsMm) && (
          <Descriptions.Item label={t('catalogue.product.logistics')}>
            {[
              product.netWeightG && `${t('catalogue.product.netWeight')} ${product.netWeightG} g`,
              product.grossWeightG && `${t('catalogue.product.grossWeight')} ${product.grossWeightG} g`,
              product.dimensionsMm && `${product.dimensionsMm.length}×${product.dimensionsMm.width}×${product.dimensionsMm.height} mm`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('products.description')} span={2}>
          <span data-testid="product-description-value" style={{ whiteSpace: 'pre-wrap' }}>
            {product.description}
          </span>
        </Descriptions.Item>
        {template?.attributes
          .filter((definition) => isFilled(product.attributes?.[definition.key]))
          .map((definition) => (
            <Descriptions.Item key={definition.key} label={localize(definition.label)}>
              <span data-testid={`attr-value-${definition.key}`}>{attributeText(definition, product.attributes![definition.key]!, localize)}</span>
            </Descriptions.Item>
          ))}
      </Descriptions>
      {product.variants.length > 0 && (
        <>
          <Typography.Title level={5}>{t('products.variants')}</Typography.Title>
          <DataTable
            rowKey="sku"
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

export function ProductDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { db, store, profile } = useWorkspace();
  const role = profile.user.role as Role;
  const refusalText = useRefusalText();
  const { message } = App.useApp();
  const [searchParams] = useSearchParams();
  /** `?field=<attribute>` (from a compliance hint) opens the form at that field. */
  const focusAttribute = searchParams.get('field') ?? undefined;
  const [editing, setEditing] = useState(Boolean(focusAttribute));
  /** `?tab=translations` (from an untranslated listing) opens that tab. */
  const [tab, setTab] = useState(searchParams.get('tab') ?? 'overview');
  const product$ = useMemo(() => db.products.findOne(id).$, [db, id]);
  const doc = useObservable(product$, undefined as RxDocument<ProductDoc> | null | undefined);
  if (doc === undefined) return null;
  if (doc === null) return <Result status="404" title={t('products.notFound')} extra={<Link to="/products">{t('products.back')}</Link>} />;
  const product = doc.toJSON() as ProductDoc;

  const save = async (fields: ProductFields) => {
    try {
      await saveProduct(store, role, doc.id, fields);
    } catch (error) {
      if (!(error instanceof RoleRefusedError)) throw error;
      void message.error(refusalText(error.refusal, 'products'));
      return;
    }
    setEditing(false);
    void message.success(t('products.saved'));
  };

  if (editing) {
    return (
      <>
        <Typography.Title level={3}>{product.name}</Typography.Title>
        <ProductForm initial={product} onSave={save} onCancel={() => setEditing(false)} focusAttribute={focusAttribute} pricesLocked={!mayChangeField(role, 'products', 'price')} />
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
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'overview', label: <span data-testid="product-tab-overview">{t('catalogue.tabs.overview')}</span>, children: <Overview doc={doc} /> },
          { key: 'listings', label: <span data-testid="product-tab-listings">{t('catalogue.tabs.listings')}</span>, children: <ListingsPanel product={product} /> },
          { key: 'customs', label: <span data-testid="product-tab-customs">{t('catalogue.tabs.customs')}</span>, children: <DeclarationPanel key={product.hsCode} doc={doc} /> },
          { key: 'translations', label: <span data-testid="product-tab-translations">{t('catalogue.tabs.translations')}</span>, children: <TranslationsPanel doc={doc} /> },
        ]}
      />
    </Space>
  );
}
