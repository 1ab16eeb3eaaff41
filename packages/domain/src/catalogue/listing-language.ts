import type { ProductDoc } from '../collections/products.ts';
import type { Money } from '../money.ts';
import { convertMinorUnits, type RateTable } from '../rates/exchange-rates.ts';
import { MARKET_CURRENCIES, MARKETS, type Market } from './markets.ts';
import type { ContentLanguage } from './translations.ts';

/** The languages a product's own text exists in: Chinese (the source), English, and its translations. */
export type ProductLanguage = ContentLanguage | 'zh';

type ProductText = Pick<ProductDoc, 'name' | 'nameEn' | 'description' | 'translations'>;

/** The product's title and description in `language`, or null where the product has none in it. */
export function productTextIn(product: ProductText, language: ProductLanguage): { title: string; description: string } | null {
  if (language === 'zh') return { title: product.name, description: product.description };
  const translation = product.translations?.[language];
  if (translation?.name) return { title: translation.name, description: translation.description };
  if (language === 'en' && product.nameEn) return { title: product.nameEn, description: '' };
  return null;
}

/**
 * The language a listing title is really in when it is the product's own title in another
 * language than the listing's: an untranslated listing. Null when the title is the listing's own.
 */
export function untranslatedFrom(title: string, language: ContentLanguage, product: ProductText): ProductLanguage | null {
  const wanted = title.trim();
  if (!wanted) return null;
  const languages: ProductLanguage[] = ['zh', 'en', ...(Object.keys(product.translations ?? {}) as ContentLanguage[])];
  return languages.find((other) => other !== language && productTextIn(product, other)?.title.trim() === wanted && productTextIn(product, language)?.title.trim() !== wanted) ?? null;
}

/** A new listing's price: the product's price in the market's currency when today's rates allow, else as it is. */
export function listingPriceFor(price: Money, market: Market, rates: RateTable | null): Money {
  const currency = MARKET_CURRENCIES[market];
  const amount = convertMinorUnits(price.amount, price.currency, currency, rates);
  return amount === null ? price : { amount, currency };
}

/** A new listing's language and text for a market: the product's text in the market's language, English meanwhile. */
export function listingTextFor(product: ProductText, market: Market): { language: ContentLanguage; title: string; description: string } {
  const language = MARKETS[market];
  const text = productTextIn(product, language) ?? productTextIn(product, 'en') ?? { title: product.name, description: '' };
  return { language, ...text };
}
