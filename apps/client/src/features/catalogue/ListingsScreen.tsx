import { checkListing, isoDate, LISTING_CHANNELS, type ListingDoc, type Verdict } from '@tradewind/domain';
import { Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { FilterSelect } from '../../components/list-screen/FilterSelect.tsx';
import { ListScreen } from '../../components/list-screen/ListScreen.tsx';
import { useListFilter } from '../../components/list-screen/useListFilter.ts';
import { formatMoney } from '../../components/money.ts';
import { useObservable } from '../../hooks/useObservable.ts';
import { useWorkspace } from '../../workspace.tsx';
import { VerdictTag } from './VerdictTag.tsx';

interface ListingFilter {
  channel: ListingDoc['channel'] | undefined;
  verdict: Verdict | undefined;
}

const NO_FILTER: ListingFilter = { channel: undefined, verdict: undefined };

/** Every listing on every channel, with today's compliance verdict, filterable. */
export function ListingsScreen() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const listings$ = useMemo(() => db.listings.find({ sort: [{ updatedAt: 'desc' }] }).$, [db]);
  const listings = useObservable(listings$, [] as RxDocument<ListingDoc>[]);
  const { filter, deferred, change } = useListFilter(NO_FILTER);
  const today = isoDate(new Date());
  const rows = useMemo(
    () =>
      listings
        .map((doc) => ({ doc, verdict: checkListing(doc.toJSON() as ListingDoc, today).verdict }))
        .filter((row) => (!deferred.channel || row.doc.channel === deferred.channel) && (!deferred.verdict || row.verdict === deferred.verdict)),
    [listings, deferred, today],
  );
  return (
    <ListScreen
      title={t('catalogue.nav.listings')}
      actions={
        <>
          <FilterSelect
            placeholder={t('orders.channel')}
            value={filter.channel}
            onChange={(channel) => change({ channel })}
            options={LISTING_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))}
          />
          <FilterSelect
            placeholder={t('catalogue.listing.compliance')}
            value={filter.verdict}
            onChange={(verdict) => change({ verdict })}
            options={(['block', 'warn', 'pass'] as const).map((v) => ({ value: v, label: t(`catalogue.verdict.${v}`) }))}
          />
        </>
      }
      filter={filter}
      rows={rows}
      rowKey={(row) => row.doc.id}
      rowHref={(row) => `/listings/${row.doc.id}`}
      empty={t('catalogue.listing.empty')}
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
  );
}
