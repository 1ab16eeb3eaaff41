/**
 * Sales channels a listing can go to, with the limits each applies to a listing. Figures follow
 * the channels' seller documentation (2025); a channel that shows no bullet points has none here.
 */
export const LISTING_CHANNELS = ['amazon', 'aliexpress', 'shopee', 'tiktok', 'temu', 'alibaba', 'own_site'] as const;
export type ListingChannel = (typeof LISTING_CHANNELS)[number];

export type ChannelRequirement = 'brand' | 'barcode' | 'image' | 'weight' | 'dimensions' | 'bullets';

export interface ChannelLimits {
  titleMax: number;
  titleMin: number;
  /** Characters the channel refuses in titles. */
  titleForbidden?: string;
  bullets?: { max: number; maxLength: number };
  requires: ChannelRequirement[];
}

export const CHANNEL_LIMITS: Record<ListingChannel, ChannelLimits> = {
  amazon: { titleMax: 200, titleMin: 10, titleForbidden: '!$?_{}^¬¦', bullets: { max: 5, maxLength: 500 }, requires: ['brand', 'barcode', 'image', 'bullets'] },
  aliexpress: { titleMax: 128, titleMin: 10, requires: ['image', 'weight'] },
  shopee: { titleMax: 120, titleMin: 20, requires: ['image', 'weight'] },
  tiktok: { titleMax: 255, titleMin: 25, requires: ['image', 'weight', 'dimensions'] },
  temu: { titleMax: 250, titleMin: 10, bullets: { max: 6, maxLength: 300 }, requires: ['image', 'weight', 'dimensions'] },
  alibaba: { titleMax: 128, titleMin: 10, requires: ['image'] },
  own_site: { titleMax: 255, titleMin: 1, bullets: { max: 10, maxLength: 1000 }, requires: ['image'] },
};

/** What a channel check looks at: the listing's text and the product facts it carries. */
export interface ChannelSubject {
  channel: ListingChannel;
  title: string;
  bullets: string[];
  brand: string;
  hasBarcode: boolean;
  imageCount: number;
  hasWeight: boolean;
  hasDimensions: boolean;
}

/** A channel limit a listing breaks; `code` picks the message, `params` fill it. */
export interface ChannelProblem {
  code: 'title_too_long' | 'title_too_short' | 'title_characters' | 'too_many_bullets' | 'bullet_too_long' | 'bullets_unsupported' | `missing_${ChannelRequirement}`;
  params: Record<string, string | number>;
}

export function channelProblems(subject: ChannelSubject): ChannelProblem[] {
  const limits = CHANNEL_LIMITS[subject.channel];
  const problems: ChannelProblem[] = [];
  const title = subject.title.trim();
  if (title.length > limits.titleMax) problems.push({ code: 'title_too_long', params: { max: limits.titleMax, length: title.length } });
  if (title.length < limits.titleMin) problems.push({ code: 'title_too_short', params: { min: limits.titleMin, length: title.length } });
  const forbidden = [...(limits.titleForbidden ?? '')].filter((char) => title.includes(char));
  if (forbidden.length > 0) problems.push({ code: 'title_characters', params: { characters: forbidden.join(' ') } });
  const bullets = subject.bullets.filter((bullet) => bullet.trim());
  if (!limits.bullets && bullets.length > 0) problems.push({ code: 'bullets_unsupported', params: {} });
  if (limits.bullets && bullets.length > limits.bullets.max) problems.push({ code: 'too_many_bullets', params: { max: limits.bullets.max, count: bullets.length } });
  const longest = bullets.findIndex((bullet) => bullet.length > (limits.bullets?.maxLength ?? Infinity));
  if (longest >= 0) problems.push({ code: 'bullet_too_long', params: { number: longest + 1, max: limits.bullets!.maxLength } });
  const has: Record<ChannelRequirement, boolean> = {
    brand: subject.brand.trim() !== '',
    barcode: subject.hasBarcode,
    image: subject.imageCount > 0,
    weight: subject.hasWeight,
    dimensions: subject.hasDimensions,
    bullets: bullets.length > 0,
  };
  for (const requirement of limits.requires) if (!has[requirement]) problems.push({ code: `missing_${requirement}`, params: {} });
  return problems;
}
