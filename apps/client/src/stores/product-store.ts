import { attachmentId, hsCodeDigits, hsCodeProblem, sourceFingerprint, type ContentLanguage, type HsProblem, type ProductDoc, type ProductImage, type Role } from '@tradewind/domain';
import { collectionOf, insertDocument, modifyDocument, stampOf, type StoreContext } from './documents.ts';
import { refreshListingFacts } from './listing-store.ts';
import { assertRoleMayWrite } from './role-guard.ts';

/** What the product form decides. */
export type ProductFields = Pick<ProductDoc, 'name' | 'nameEn' | 'description' | 'sku' | 'hsCode' | 'price' | 'moq' | 'unit' | 'category' | 'brand' | 'origin' | 'variants'> &
  Pick<ProductDoc, 'attributes' | 'cost' | 'netWeightG' | 'grossWeightG' | 'dimensionsMm' | 'priceTiers'>;

/** Optional fields the form can clear: absent in the fields means removed from the product. */
const CLEARABLE = ['attributes', 'cost', 'netWeightG', 'grossWeightG', 'dimensionsMm'] as const;

export function createProduct(ctx: StoreContext, fields: ProductFields): Promise<ProductDoc> {
  return insertDocument(ctx, 'products', { archived: false, ...fields });
}

/** A product change; the product's listings take the new facts (and pause if they would newly be blocked). */
async function changeProduct(ctx: StoreContext, id: string, change: (current: ProductDoc) => Partial<ProductDoc>): Promise<ProductDoc> {
  const product = await modifyDocument(ctx, 'products', id, change);
  await refreshListingFacts(ctx, product);
  return product;
}

/** Saves the product form; a change the role may not make (staff and prices) throws `RoleRefusedError` and writes nothing. */
export function saveProduct(ctx: StoreContext, role: Role, id: string, fields: ProductFields): Promise<ProductDoc> {
  const cleared = Object.fromEntries(CLEARABLE.map((key) => [key, undefined]));
  return changeProduct(ctx, id, (current) => {
    const change = { ...cleared, ...fields };
    assertRoleMayWrite(role, 'products', current, { ...current, ...change });
    return change;
  });
}

/** An HS code the platform's schema would refuse; nothing was saved. */
export class InvalidHsCodeError extends Error {
  constructor(readonly problem: HsProblem) {
    super(`Not a valid 10-digit HS code (${problem})`);
  }
}

/** Sets only the product's HS code, as a customs pre-check finding asks (dots and spaces as brokers write it are taken). */
export async function saveHsCode(ctx: StoreContext, role: Role, id: string, input: string): Promise<ProductDoc> {
  const hsCode = hsCodeDigits(input);
  const problem = hsCodeProblem(hsCode);
  if (problem) throw new InvalidHsCodeError(problem);
  return changeProduct(ctx, id, (current) => {
    assertRoleMayWrite(role, 'products', current, { ...current, hsCode });
    return { hsCode };
  });
}

export function saveDeclaration(ctx: StoreContext, id: string, declaration: Record<string, string>): Promise<ProductDoc> {
  const filled = Object.fromEntries(Object.entries(declaration).filter(([, value]) => value));
  return modifyDocument(ctx, 'products', id, () => ({ declaration: filled }));
}

/** A translation made (or confirmed) against the product's current Chinese source; English also names the product. */
export function saveTranslation(ctx: StoreContext, id: string, language: ContentLanguage, values: { name: string; description?: string }): Promise<ProductDoc> {
  return modifyDocument(ctx, 'products', id, (current) => {
    const translation = { name: values.name.trim(), description: values.description ?? '', source: sourceFingerprint(current), translatedAt: stampOf(ctx) };
    return { translations: { ...current.translations, [language]: translation }, ...(language === 'en' ? { nameEn: translation.name } : {}) };
  });
}

export function saveProductEvidence(ctx: StoreContext, id: string, key: string, value: string | null): Promise<ProductDoc> {
  return changeProduct(ctx, id, (current) => {
    const { [key]: _, ...others } = current.evidence ?? {};
    return { evidence: value === null ? others : { ...others, [key]: { value: value.trim(), addedAt: stampOf(ctx) } } };
  });
}

/** Lists an image whose bytes are already the product's attachments. */
export function addImage(ctx: StoreContext, id: string, image: ProductImage): Promise<ProductDoc> {
  return changeProduct(ctx, id, (current) => ({ images: [...(current.images ?? []), image] }));
}

export async function removeImage(ctx: StoreContext, id: string, imageId: string): Promise<void> {
  await changeProduct(ctx, id, (current) => ({ images: (current.images ?? []).filter((image) => image.id !== imageId) }));
  for (const variant of ['thumb', 'original'] as const) {
    const doc = await collectionOf(ctx, 'products').findOne(id).exec();
    await doc?.getAttachment(attachmentId(imageId, variant))?.remove();
  }
}

/** Moves an image to the front: the first image is the main one on every channel. */
export function makeMainImage(ctx: StoreContext, id: string, imageId: string): Promise<ProductDoc> {
  return modifyDocument(ctx, 'products', id, (current) => {
    const images = current.images ?? [];
    const chosen = images.find((image) => image.id === imageId);
    return chosen ? { images: [chosen, ...images.filter((image) => image !== chosen)] } : {};
  });
}
