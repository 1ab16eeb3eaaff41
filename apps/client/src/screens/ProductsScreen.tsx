import type { ProductDoc } from '@tradewind/domain';
import { Button, Empty, Input, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatMoney } from '../components/money.ts';
import { useObservable } from '../hooks/useObservable.ts';
import { useWorkspace } from '../workspace.tsx';

function matches(product: ProductDoc, needle: string): boolean {
  const haystack = [product.name, product.nameEn, product.sku, product.hsCode, ...product.variants.flatMap((v) => [v.sku, v.barcode ?? ''])];
  return haystack.some((value) => value?.toLowerCase().includes(needle));
}

export function ProductsScreen() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const navigate = useNavigate();
  const products$ = useMemo(() => db.products.find({ selector: { archived: false }, sort: [{ name: 'asc' }] }).$, [db]);
  const products = useObservable(products$, []);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const rows = useMemo(() => products.map((doc) => doc.toJSON() as ProductDoc).filter((p) => !needle || matches(p, needle)), [products, needle]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('products.title')}
        </Typography.Title>
        <Space wrap>
          <Input.Search allowClear placeholder={t('products.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 280 }} data-testid="product-search" />
          <Link to="/products/new">
            <Button type="primary" data-testid="product-new">
              {t('products.new')}
            </Button>
          </Link>
        </Space>
      </Space>
      <Table<ProductDoc>
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('products.empty')} /> }}
        onRow={(record) => ({ onClick: () => navigate(`/products/${record.id}`), style: { cursor: 'pointer' }, 'data-testid': `product-row-${record.sku}` }) as never}
        scroll={{ x: true }}
        columns={[
          { title: t('products.name'), dataIndex: 'name', render: (name: string, p) => (<><div>{name}</div><Typography.Text type="secondary">{p.nameEn}</Typography.Text></>) },
          { title: t('products.sku'), dataIndex: 'sku' },
          { title: t('products.hsCode'), dataIndex: 'hsCode' },
          { title: t('products.price'), dataIndex: 'price', render: (price: ProductDoc['price']) => formatMoney(price.amount, price.currency, i18n.language), align: 'right' },
          { title: t('products.moq'), dataIndex: 'moq', render: (moq: number, p) => `${moq ?? ''} ${p.unit ?? ''}`, align: 'right' },
        ]}
      />
    </Space>
  );
}
