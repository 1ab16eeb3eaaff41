import type { BuyerDoc, MerchantDoc, OrderDoc, ProductDoc, ProformaEmailDoc } from '@tradewind/domain';
import { useMemo } from 'react';
import { map, shareReplay, type Observable } from 'rxjs';
import { useObservable } from '../../hooks/useObservable.ts';
import { useWorkspace } from '../../workspace.tsx';

type Database = ReturnType<typeof useWorkspace>['db'];
const feeds = new WeakMap<Database, Map<string, Observable<unknown>>>();

/**
 * One live query per database and list, kept running while the workspace is open: opening the
 * orders list again (20,000 orders) shows the last result at once instead of querying IndexedDB
 * and converting every document again.
 */
export function sharedFeed<T>(db: Database, key: string, make: () => Observable<T>): Observable<T> {
  let byKey = feeds.get(db);
  if (!byKey) feeds.set(db, (byKey = new Map()));
  let feed = byKey.get(key) as Observable<T> | undefined;
  if (!feed) byKey.set(key, (feed = make().pipe(shareReplay({ bufferSize: 1, refCount: false }))));
  return feed;
}

/** Live lists of plain documents from the device database (the screens never hold RxDocuments). */
/** null until the first result: a scan that arrives earlier waits for the catalogue. */
export function useProducts(): ProductDoc[] | null {
  const { db } = useWorkspace();
  const products$ = useMemo(
    () => sharedFeed(db, 'products', () => db.products.find({ selector: { archived: false }, sort: [{ name: 'asc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as ProductDoc)))),
    [db],
  );
  return useObservable<ProductDoc[] | null>(products$, null);
}

export function useBuyers(): BuyerDoc[] {
  const { db } = useWorkspace();
  const buyers$ = useMemo(() => sharedFeed(db, 'buyers', () => db.buyers.find({ sort: [{ createdAt: 'desc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as BuyerDoc)))), [db]);
  return useObservable(buyers$, []);
}

export function useOrders(): OrderDoc[] | null {
  const { db } = useWorkspace();
  const orders$ = useMemo(() => sharedFeed(db, 'orders', () => db.orders.find({ sort: [{ createdAt: 'desc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as OrderDoc)))), [db]);
  return useObservable<OrderDoc[] | null>(orders$, null);
}

/** undefined while loading, null when there is no such order. */
export function useOrder(id: string): OrderDoc | null | undefined {
  const { db } = useWorkspace();
  const order$ = useMemo(() => db.orders.findOne(id).$.pipe(map((doc) => (doc ? (doc.toJSON() as OrderDoc) : null))), [db, id]);
  return useObservable<OrderDoc | null | undefined>(order$, undefined);
}

/** undefined while loading, null when the profile has not reached this device. */
export function useMerchantProfile(): MerchantDoc | null | undefined {
  const { db } = useWorkspace();
  const merchant$ = useMemo(() => db.merchant.findOne('profile').$.pipe(map((doc) => (doc ? (doc.toJSON() as MerchantDoc) : null))), [db]);
  return useObservable<MerchantDoc | null | undefined>(merchant$, undefined);
}

/** The e-mail requests of an order's proforma, newest first. */
export function useProformaEmails(orderId: string): ProformaEmailDoc[] {
  const { db } = useWorkspace();
  const emails$ = useMemo(
    () => db.proformaEmails.find({ selector: { orderId }, sort: [{ createdAt: 'desc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as ProformaEmailDoc))),
    [db, orderId],
  );
  return useObservable(emails$, []);
}
