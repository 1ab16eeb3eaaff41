import { describe, expect, it } from 'vitest';
import { validateAttributes } from './attributes.ts';
import { CLUSTERS, loadTemplates, templateById, TEMPLATES } from './templates.ts';

const minimal = (templates: unknown[]) => ({
  fibres: [{ value: 'cotton', label: { zh: '棉', en: 'Cotton' } }],
  clusters: [{ id: 'knives', name: { zh: '刀', en: 'Knives' } }],
  optionLists: {},
  templates,
});

describe('category templates', () => {
  it('cover textiles, knives and scissors, shoes and eyewear', () => {
    expect(CLUSTERS.map((c) => c.id)).toEqual(expect.arrayContaining(['textiles', 'knives', 'shoes', 'eyewear']));
    for (const id of [
      'textiles.fabric',
      'textiles.garment',
      'textiles.socks',
      'textiles.ties',
      'textiles.umbrellas',
      'knives.kitchen',
      'knives.folding',
      'scissors.kitchen',
      'shoes.footwear',
      'eyewear.sunglasses',
    ]) {
      expect(templateById(id), id).toBeDefined();
    }
    expect(TEMPLATES.some((t) => t.id === 'textiles.base')).toBe(false);
  });

  it('state the facts of a fixed blade, inherited by nothing that has an opening', () => {
    expect(templateById('knives.kitchen')!.facts).toEqual({ opening: 'none' });
    expect(templateById('knives.outdoor')!.facts).toEqual({ opening: 'none' });
    expect(templateById('knives.folding')!.facts).toEqual({});
  });

  it('inherit attributes and shared option lists', () => {
    const folding = templateById('knives.folding')!;
    expect(folding.attributes.map((a) => a.key)).toEqual(expect.arrayContaining(['bladeLengthMm', 'locking', 'opening', 'handleMaterial']));
    expect(folding.attributes.find((a) => a.key === 'handleMaterial')!.options!.length).toBeGreaterThan(3);
    expect(templateById('textiles.fabric')!.attributes.find((a) => a.key === 'gsm')!.required).toBe(true);
  });

  it('refuse a broken file at load, naming the problem', () => {
    expect(() => loadTemplates({ ...minimal([]), extra: 1 })).toThrow(/templates.json is not valid/);
    expect(() => loadTemplates(minimal([{ id: 'knives.x', cluster: 'knives', extends: 'knives.none', name: { zh: 'x', en: 'x' }, hs: ['8211'], attributes: [] }]))).toThrow(
      /unknown template "knives.none"/,
    );
    expect(() => loadTemplates(minimal([{ id: 'knives.x', cluster: 'spoons', name: { zh: 'x', en: 'x' }, hs: ['8211'], attributes: [] }]))).toThrow(/unknown cluster/);
    expect(() =>
      loadTemplates(minimal([{ id: 'knives.x', cluster: 'knives', name: { zh: 'x', en: 'x' }, hs: ['8211'], attributes: [{ key: 'a', type: 'enum', label: { zh: 'a', en: 'a' } }] }])),
    ).toThrow(/needs options/);
    const flag = { key: 'a', type: 'boolean', label: { zh: 'a', en: 'a' } };
    expect(() => loadTemplates(minimal([{ id: 'knives.x', cluster: 'knives', name: { zh: 'x', en: 'x' }, hs: ['8211'], attributes: [flag], facts: { a: true } }]))).toThrow(
      /fact "a" is also an attribute/,
    );
    expect(() =>
      loadTemplates(minimal([{ id: 'knives.x', cluster: 'knives', name: { zh: 'x', en: 'x' }, hs: ['8211'], attributes: [flag], derive: [{ set: { b: true }, when: { attr: 'a', eq: true } }] }])),
    ).toThrow(/derives unknown attribute "b"/);
  });
});

describe('validateAttributes', () => {
  const fabric = templateById('textiles.fabric')!;

  it('accepts valid values and asks for required ones only when complete', () => {
    const attributes = {
      fibreComposition: [
        { fibre: 'cotton', percent: 60 },
        { fibre: 'polyester', percent: 40 },
      ],
      gsm: 120,
      weave: 'twill',
      finish: ['anti_pilling'],
    };
    expect(validateAttributes(fabric, attributes, { complete: true })).toEqual([]);
    expect(validateAttributes(fabric, { gsm: 120 })).toEqual([]);
    expect(validateAttributes(fabric, { gsm: 120 }, { complete: true }).map((p) => p.key)).toEqual(['fibreComposition', 'weave']);
  });

  it('names wrong values', () => {
    expect(validateAttributes(fabric, { fibreComposition: [{ fibre: 'cotton', percent: 90 }] })).toEqual([{ key: 'fibreComposition', code: 'composition_total', params: { total: 90 } }]);
    expect(validateAttributes(fabric, { fibreComposition: [{ fibre: 'unobtanium', percent: 100 }] })[0]!.code).toBe('composition_fibre');
    expect(validateAttributes(fabric, { weave: 'knotted' })[0]).toEqual({ key: 'weave', code: 'option', params: { value: 'knotted' } });
    expect(validateAttributes(fabric, { gsm: 1 })[0]!.code).toBe('min');
    expect(validateAttributes(fabric, { bladeLengthMm: 10 })[0]!.code).toBe('unknown');
    expect(validateAttributes(templateById('knives.folding')!, { bladeLengthMm: 89.5 })[0]!.code).toBe('integer');
  });
});
