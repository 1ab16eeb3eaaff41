/** Our SKU ↔ the provider's, from the account's exceptions; a SKU not listed is the same on both sides. */
export interface SkuMap {
  toProvider(sku: string): string;
  fromProvider(sku: string): string;
}

export function skuMapOf(exceptions: Readonly<Record<string, string>>): SkuMap {
  const ours = new Map(Object.entries(exceptions).map(([our, theirs]) => [theirs, our]));
  return {
    toProvider: (sku) => exceptions[sku] ?? sku,
    fromProvider: (sku) => ours.get(sku) ?? sku,
  };
}
