/** A valid product document's fields as a device would create it (without `_deleted`). */
export function productFixture(id: string): Record<string, unknown> & { id: string } {
  return {
    id,
    updatedAt: new Date().toISOString(),
    name: `测试产品 ${id.slice(-6)}`,
    nameEn: 'Test product',
    description: '',
    category: 'knives.kitchen',
    hsCode: '8211920000',
    origin: 'CN',
    brand: 'TEST',
    sku: `T-${id.slice(-8)}`,
    price: { amount: 1234, currency: 'USD' },
    moq: 10,
    unit: 'pc',
    variants: [],
    archived: false,
  };
}
