import { precheckFiling, type FilingPrecheck } from '@tradewind/customs';
import type { FilingDeclaration, OrderDoc } from '@tradewind/domain';
import { useMemo } from 'react';
import { useMerchantProfile, useProducts } from '../orders/data.ts';
import { useRateTable } from '../orders/rates.ts';

/**
 * The offline pre-check of a declaration of these orders against the catalogue as it is now on the
 * device, run again whenever a product, the facts or a waybill changes; null while loading.
 */
export function usePrecheck(declaration: FilingDeclaration | undefined, orders: OrderDoc[]): FilingPrecheck | null {
  const products = useProducts();
  const merchant = useMerchantProfile();
  const rates = useRateTable();
  return useMemo(() => {
    if (!declaration || !products || !merchant || orders.length === 0) return null;
    return precheckFiling({ declaration }, orders, products, merchant, rates);
  }, [declaration, orders, products, merchant, rates]);
}
