import { checkListing, isoDate, LISTING_CHANNELS, listingPriceFor, MARKET_CODES, publishBlockers, type ListingChannel, type ListingDoc, type Market, type ProductDoc } from '@tradewind/domain';
import { App, Button, Form, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RxDocument } from 'rxdb';
import { formatMoney } from '../../components/money.ts';
import { useObservable } from '../../hooks/useObservable.ts';
import { useRateTable } from '../../hooks/useRateTable.ts';
import { createListing } from '../../stores/listing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { VerdictTag } from './VerdictTag.tsx';
import { DataTable } from '../../components/DataTable.tsx';

/** A product's listings with their verdict today, and a way to add one per channel and market. */
export function ListingsPanel({ product }: { product: ProductDoc }) {
  const { t, i18n } = useTranslation();
  const { db, store } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const listings$ = useMemo(() => db.listings.find({ selector: { productId: product.id } }).$, [db, product.id]);
  const listings = useObservable(listings$, [] as RxDocument<ListingDoc>[]);
  const rates = useRateTable();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ channel: ListingChannel; market: Market }>();
  const market = Form.useWatch('market', form) ?? 'GB';
  const startingPrice = listingPriceFor(product.price, market, rates);
  const today = isoDate(new Date());

  const create = async ({ channel, market }: { channel: ListingChannel; market: Market }) => {
    if (listings.some((listing) => listing.channel === channel && listing.market === market)) {
      void message.warning(t('catalogue.listing.exists'));
      return;
    }
    const listing = await createListing(store, product, channel, market, rates);
    setCreating(false);
    navigate(`/listings/${listing.id}`);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setCreating(true)} data-testid="listing-new">
        {t('catalogue.listing.new')}
      </Button>
      <DataTable<RxDocument<ListingDoc>>
        rowKey="id"
        dataSource={listings}
        onRow={(record) => ({ onClick: () => navigate(`/listings/${record.id}`), style: { cursor: 'pointer' }, 'data-testid': `listing-row-${record.channel}-${record.market}` }) as never}
        columns={[
          { title: t('orders.channel'), dataIndex: 'channel', render: (channel: string) => t(`orders.channels.${channel}`) },
          { title: t('catalogue.listing.market'), dataIndex: 'market', render: (market: string) => t(`catalogue.markets.${market}`) },
          { title: t('catalogue.listing.title'), dataIndex: 'title', ellipsis: true },
          { title: t('products.price'), dataIndex: 'price', render: (price: ListingDoc['price']) => formatMoney(price.amount, price.currency, i18n.language) },
          { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <Tag>{t(`catalogue.status.${status}`)}</Tag> },
          {
            title: t('catalogue.listing.compliance'),
            key: 'verdict',
            render: (_, listing) => {
              const report = checkListing(listing.toJSON() as ListingDoc, today);
              return (
                <Space wrap>
                  <VerdictTag verdict={report.verdict} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="listing-blockers">
                    {publishBlockers(report).join(' ')}
                  </Typography.Text>
                </Space>
              );
            },
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('catalogue.listing.new')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'listing-create' } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ channel: 'amazon', market: 'GB' }} onFinish={create}>
          <Form.Item name="channel" label={t('orders.channel')}>
            <Select data-testid="listing-channel" options={LISTING_CHANNELS.map((channel) => ({ value: channel, label: t(`orders.channels.${channel}`) }))} />
          </Form.Item>
          <Form.Item name="market" label={t('catalogue.listing.market')}>
            <Select
              data-testid="listing-market"
              showSearch={{ optionFilterProp: 'label' }}
              options={MARKET_CODES.map((market) => ({ value: market, label: `${market} · ${t(`catalogue.markets.${market}`)}` }))}
            />
          </Form.Item>
          <Typography.Text type="secondary" data-testid="listing-starting-price">
            {t(startingPrice.currency === product.price.currency ? 'catalogue.listing.startingPrice' : 'catalogue.listing.startingPriceConverted', {
              price: formatMoney(startingPrice.amount, startingPrice.currency, i18n.language),
              date: rates?.date,
            })}
          </Typography.Text>
        </Form>
      </Modal>
    </Space>
  );
}
