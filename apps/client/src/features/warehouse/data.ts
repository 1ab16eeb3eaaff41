import { saleLinesFromOrders, stockEventOf, stockOverview, type ShipmentDoc, type StockDoc, type StockEventDoc, type StockLine } from '@tradewind/domain';
import { useMemo } from 'react';
import { combineLatest, map, type Observable } from 'rxjs';
import { useObservable } from '../../hooks/useObservable.ts';
import { platform } from '../../platform';
import { useWorkspace } from '../../workspace.tsx';
import { sharedFeed } from '../orders/data.ts';

type Database = ReturnType<typeof useWorkspace>['db'];

const plain = <T>(docs: { toJSON(): unknown }[]) => docs.map((doc) => doc.toJSON() as T);

function stockLines$(db: Database): Observable<StockLine[]> {
  const snapshots$ = db.stock.find().$.pipe(map((docs) => plain<StockDoc>(docs)));
  const events$ = db.stockEvents.find({ selector: { foldedAt: { $exists: false } } }).$.pipe(map((docs) => plain<StockEventDoc>(docs).map(stockEventOf)));
  const sales$ = db.orders.find().$.pipe(map((docs) => saleLinesFromOrders(plain(docs))));
  return combineLatest([snapshots$, events$, sales$]).pipe(map(([snapshots, events, sales]) => stockOverview(snapshots, events, sales, platform.now().toISOString())));
}

/** Projected stock per SKU × warehouse (snapshot + unfolded events) with cover and warnings; null while loading. */
export function useStockLines(): StockLine[] | null {
  const { db } = useWorkspace();
  const lines$ = useMemo(() => sharedFeed(db, 'stock-lines', () => stockLines$(db)), [db]);
  return useObservable<StockLine[] | null>(lines$, null);
}

export function useShipments(): ShipmentDoc[] | null {
  const { db } = useWorkspace();
  const shipments$ = useMemo(() => sharedFeed(db, 'shipments', () => db.shipments.find({ sort: [{ createdAt: 'desc' }] }).$.pipe(map((docs) => plain<ShipmentDoc>(docs)))), [db]);
  return useObservable<ShipmentDoc[] | null>(shipments$, null);
}

/** undefined while loading, null when there is no such shipment. */
export function useShipment(id: string): ShipmentDoc | null | undefined {
  const { db } = useWorkspace();
  const shipment$ = useMemo(() => db.shipments.findOne(id).$.pipe(map((doc) => (doc ? (doc.toJSON() as ShipmentDoc) : null))), [db, id]);
  return useObservable<ShipmentDoc | null | undefined>(shipment$, undefined);
}

/** The warehouses this merchant holds stock in, with their provider (from the stock snapshots). */
export function warehousesOf(lines: readonly StockLine[]): { warehouse: string; provider: StockLine['provider']; market: string }[] {
  const seen = new Map<string, { warehouse: string; provider: StockLine['provider']; market: string }>();
  for (const { warehouse, provider, market } of lines) if (!seen.has(warehouse)) seen.set(warehouse, { warehouse, provider, market });
  return [...seen.values()].sort((a, b) => a.warehouse.localeCompare(b.warehouse));
}
