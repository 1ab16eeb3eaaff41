import { describe, expect, it } from 'vitest';
import { channelProblems, type ChannelSubject } from './channels.ts';

const complete: ChannelSubject = {
  channel: 'amazon',
  title: 'LIFENG 3.5-inch lock-back folding knife, 8Cr13MoV steel, G10 handle',
  bullets: ['8Cr13MoV stainless steel blade, 89 mm'],
  brand: 'LIFENG',
  hasBarcode: true,
  imageCount: 1,
  hasWeight: true,
  hasDimensions: true,
};

describe('channelProblems', () => {
  it('passes a complete Amazon listing', () => {
    expect(channelProblems(complete)).toEqual([]);
  });

  it('applies each channel’s title limits and characters', () => {
    expect(channelProblems({ ...complete, title: 'x'.repeat(201) }).map((p) => p.code)).toEqual(['title_too_long']);
    expect(channelProblems({ ...complete, channel: 'alibaba', title: 'x'.repeat(129), bullets: [] }).map((p) => p.code)).toEqual(['title_too_long']);
    expect(channelProblems({ ...complete, title: 'Best knife ever!!' })).toEqual([{ code: 'title_characters', params: { characters: '!' } }]);
  });

  it('names the required data a channel lacks', () => {
    const problems = channelProblems({ ...complete, channel: 'tiktok', title: complete.title, bullets: [], hasWeight: false, hasDimensions: false, imageCount: 0 });
    expect(problems.map((p) => p.code)).toEqual(['missing_image', 'missing_weight', 'missing_dimensions']);
    expect(channelProblems({ ...complete, brand: ' ', hasBarcode: false }).map((p) => p.code)).toEqual(['missing_brand', 'missing_barcode']);
  });

  it('checks bullets where the channel has them, and refuses them where it has none', () => {
    expect(channelProblems({ ...complete, bullets: ['a', 'b', 'c', 'd', 'e', 'f'] }).map((p) => p.code)).toEqual(['too_many_bullets']);
    expect(channelProblems({ ...complete, bullets: ['x'.repeat(501)] })).toEqual([{ code: 'bullet_too_long', params: { number: 1, max: 500 } }]);
    expect(channelProblems({ ...complete, channel: 'shopee' }).map((p) => p.code)).toEqual(['bullets_unsupported']);
  });
});
