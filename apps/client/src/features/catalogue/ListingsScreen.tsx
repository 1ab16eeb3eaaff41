import { checkListing, isoDate, LISTING_CHANNELS, type ListingDoc, type Verdict } from '@tradewind/domain';
import { Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RxDocument } from 'rxdb';
import { formatMoney } from '../../components/money.ts';
import { useObservable } from '../../hooks/useObservable.ts';
import { useWorkspace } from '../../workspace.tsx';
import { VerdictTag } from './VerdictTag.tsx';

/** Every listing on every channel, with today's compliance verdict, filterable. */
export function ListingsScreen() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const navigate = useNavigate();
  const listings$ = useMemo(() => db.listings.find({ sort: [{ updatedAt: 'desc' }] }).$, [db]);
  const listings = useObservable(listings$, [] as RxDocument<ListingDoc>[]);
  const [channel, setChannel] = useState<string | undefined>();
  const [verdict, setVerdict] = useState<Verdict | undefined>();
  const today = isoDate(new Date());
  const rows = useMemo(
    () =>
      listings
        .map((doc) => ({ doc, verdict: checkListing(doc.toJSON() as ListingDoc, today).verdict }))
        .filter((row) => (!channel || row.doc.channel === channel) && (!verdict || row.verdict === verdict)),
    [listings, channel, verdict, today],
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('catalogue.nav.listings')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('orders.channel')}
            style={{ width: 160 }}
            value={channel}
            onChange={setChannel}
            options={LISTING_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))}
          />
          <Select
            allowClear
            placeholder={t('catalogue.listing.compliance')}
            style={{ width: 160 }}
            value={verdict}
            onChange={setVerdict}
            options={(['block', 'warn', 'pass'] as const).map((v) => ({ value: v, label: t(`catalogue.verdict.${v}`) }))}
          />
        </Space>
      </Space>
      <Table
        rowKey={(row) => row.doc.id}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('catalogue.listing.empty')} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/listings/${row.doc.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: true }}
        columns={[
          { title: t('products.sku'), render: (_, row) => row.doc.sku },
          { title: t('catalogue.listing.title'), render: (_, row) => row.doc.title, ellipsis: true },
          { title: t('orders.channel'), render: (_, row) => t(`orders.channels.${row.doc.channel}`) },
          { title: t('catalogue.listing.market'), render: (_, row) => t(`catalogue.markets.${row.doc.market}`) },
          { title: t('products.price'), render: (_, row) => formatMoney(row.doc.price.amount, row.doc.price.currency, i18n.language) },
          { title: t('orders.status'), render: (_, row) => <Tag>{t(`catalogue.status.${row.doc.status}`)}</Tag> },
          { title: t('catalogue.listing.compliance'), render: (_, row) => <VerdictTag verdict={row.verdict} /> },
        ]}
      />
    </Space>
  );
}
