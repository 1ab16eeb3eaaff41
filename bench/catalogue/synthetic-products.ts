import { gtinCheckDigit, type ProductDoc } from '@tradewind/domain';

const KNIVES = [
  { zh: '不锈钢厨师刀', en: "stainless chef's knife", de: 'Kochmesser', hs: '8211920000' },
  { zh: '背锁折叠刀', en: 'lock-back folding knife', de: 'Klappmesser', hs: '8211930000' },
  { zh: '中式桑刀', en: 'Chinese slicing cleaver', de: 'Hackmesser', hs: '8211920000' },
  { zh: '裁缝剪', en: "tailor's shears", de: 'Schneiderschere', hs: '8213000000' },
];
const TEXTILES = [
  { zh: '全棉府绸印花布', en: 'cotton poplin printed fabric', de: 'Baumwoll-Popeline', hs: '5208520000' },
  { zh: '涤纶春亚纺面料', en: 'polyester pongee fabric', de: 'Polyester-Pongee', hs: '5407520000' },
  { zh: '精梳棉男袜', en: "men's combed cotton socks", de: 'Herrensocken', hs: '6115950000' },
  { zh: '桑蚕丝领带', en: 'mulberry silk tie', de: 'Seidenkrawatte', hs: '6215100000' },
];

/** A deterministic catalogue of `count` products with two barcoded variants each, half knives, half textiles. */
export function syntheticProducts(count: number): ProductDoc[] {
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => {
    const kind = (i % 2 === 0 ? KNIVES : TEXTILES)[Math.floor(i / 2) % 4]!;
    const sku = `${i % 2 === 0 ? 'LF' : 'JX'}-${String(i).padStart(5, '0')}`;
    const barcode = (n: number) => {
      const body = `69${String(i * 2 + n).padStart(10, '0')}`;
      return body + gtinCheckDigit(body);
    };
    return {
      id: `bench-${String(i).padStart(6, '0')}`,
      updatedAt: now,
      name: `${kind.zh} ${i}`,
      nameEn: `${kind.en} ${i}`,
      description: '',
      category: '',
      hsCode: kind.hs,
      origin: 'CN',
      brand: 'BENCH',
      sku,
      price: { amount: 100 + (i % 900), currency: 'USD' },
      moq: 100,
      unit: 'pc',
      archived: false,
      translations: { de: { name: `${kind.de} ${i}`, description: '', source: '00000000', translatedAt: now } },
      variants: [
        { sku: `${sku}-A`, options: { colour: 'A' }, barcode: barcode(0) },
        { sku: `${sku}-B`, options: { colour: 'B' }, barcode: barcode(1) },
      ],
    };
  });
}
