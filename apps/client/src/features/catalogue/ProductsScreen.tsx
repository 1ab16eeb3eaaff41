import { createCatalogueSearch, formatHsCode, templateById, type ProductDoc } from '@tradewind/domain';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RxDocument } from 'rxdb';
import { ListScreen } from '../../components/list-screen/ListScreen.tsx';
import { useListFilter } from '../../components/list-screen/useListFilter.ts';
import { formatMoney } from '../../components/money.ts';
import { useObservable } from '../../hooks/useObservable.ts';
import { useWorkspace } from '../../workspace.tsx';
import { AttachmentImage } from './AttachmentImage.tsx';
import { exportCatalogue, exportProductsCsv } from './spreadsheets/export.ts';
import { useLocalize } from './useLocalize.ts';

export function ProductsScreen() {
  const { t, i18n } = useTranslation();
  const localize = useLocalize();
  const { db } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const products$ = useMemo(() => db.products.find({ selector: { archived: false }, sort: [{ name: 'asc' }] }).$, [db]);
  const docs = useObservable(products$, [] as RxDocument<ProductDoc>[]);
  const index = useMemo(() => createCatalogueSearch(docs.map((doc) => doc.toJSON() as ProductDoc)), [docs]);
  const byId = useMemo(() => new Map(docs.map((doc) => [doc.id, doc])), [docs]);
  const { filter, deferred, change } = useListFilter({ text: '' });
  const rows = useMemo(() => index.search(deferred.text).map((id) => byId.get(id)!), [index, byId, deferred]);
  const [exporting, setExporting] = useState(false);

  const download = async (format: 'xlsx' | 'csv') => {
    setExporting(true);
    try {
      await (format === 'xlsx' ? exportCatalogue(db) : exportProductsCsv(db));
    } catch (error) {
      void message.error(t('common.error', { message: (error as Error).message }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <ListScreen<RxDocument<ProductDoc>>
      title={t('products.title')}
      actions={
        <>
          <Input.Search allowClear placeholder={t('catalogue.search')} value={filter.text} onChange={(e) => change({ text: e.target.value })} style={{ width: 300 }} data-testid="product-search" />
          <Button icon={<UploadOutlined />} onClick={() => navigate('/catalogue/import')} data-testid="catalogue-import">
            {t('catalogue.import.open')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download('xlsx')} loading={exporting} data-testid="catalogue-export">
            {t('catalogue.export')}
          </Button>
          <Button onClick={() => void download('csv')} disabled={exporting} data-testid="catalogue-export-csv">
            {t('catalogue.exportCsv')}
          </Button>
        </>
      }
      create={{ to: '/products/new', label: t('products.new'), testId: 'product-new' }}
      toolbar={
        <Typography.Text type="secondary" data-testid="product-count">
          {t('catalogue.count', { shown: rows.length, total: docs.length })}
        </Typography.Text>
      }
      filter={filter}
      rows={rows}
      rowHref={(doc) => `/products/${doc.id}`}
      rowTestId={(doc) => `product-row-${doc.sku}`}
      empty={t('products.empty')}
      columns={[
        { key: 'image', width: 64, render: (_, doc) => <AttachmentImage doc={doc} image={doc.images?.[0]} variant="thumb" size={48} alt={doc.name} testId={`product-thumb-${doc.sku}`} /> },
        {
          title: t('products.name'),
          dataIndex: 'name',
          render: (name: string, p) => (
            <>
              <div>{name}</div>
              <Typography.Text type="secondary">{p.nameEn}</Typography.Text>
            </>
          ),
        },
        { title: t('products.sku'), dataIndex: 'sku' },
        { title: t('catalogue.product.category'), dataIndex: 'category', render: (category: string) => (templateById(category) ? <Tag>{localize(templateById(category)!.name)}</Tag> : null) },
        { title: t('products.hsCode'), dataIndex: 'hsCode', render: (code: string) => formatHsCode(code) },
        { title: t('products.price'), dataIndex: 'price', render: (price: ProductDoc['price']) => formatMoney(price.amount, price.currency, i18n.language), align: 'right' },
        { title: t('products.moq'), dataIndex: 'moq', render: (moq: number, p) => `${moq ?? ''} ${p.unit ?? ''}`, align: 'right' },
      ]}
    />
  );
}
