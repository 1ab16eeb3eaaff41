import { describe, expect, it } from 'vitest';
import { countryMatches, countryOptions } from './countries.ts';

const found = (language: string, typed: string) =>
  countryOptions(language)
    .filter((option) => countryMatches(option, typed))
    .map((option) => option.code);

describe('country search', () => {
  it('finds the United Arab Emirates as 阿联酋 in either interface language', () => {
    expect(found('zh-CN', '阿联酋')).toEqual(['AE']);
    expect(found('en', '阿联酋')).toEqual(['AE']);
  });

  it('finds countries by their Chinese or English name, short name or code', () => {
    expect(found('en', '德国')).toEqual(['DE']);
    expect(found('zh-CN', 'germany')).toEqual(['DE']);
    expect(found('zh-CN', 'UAE')).toEqual(['AE']);
    expect(found('en', 'uk')).toContain('GB');
    expect(found('en', 'ｂｒ')).toContain('BR');
  });

  it('names countries in the interface language', () => {
    expect(countryOptions('zh-CN').find((option) => option.code === 'AE')!.name).toBe('阿拉伯联合酋长国');
    expect(countryOptions('en').find((option) => option.code === 'AE')!.name).toBe('United Arab Emirates');
  });
});
