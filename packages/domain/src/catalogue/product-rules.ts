import type { ProductDoc } from '../collections/products.ts';
import type { Doc, Refusal } from '../rules/refusal.ts';
import { validateAttributes } from './attributes.ts';
import { barcodeProblem } from './barcodes.ts';
import { imagesProblem } from './images.ts';
import { templateById } from './templates.ts';

/**
 * What the platform checks on a product beyond its schema: attribute values that fit the
 * category template, barcodes with valid GS1 check digits, and images within their limits.
 * Missing attributes are fine (drafts); wrong ones are not.
 */
export function productRefusal(_master: Doc | undefined, next: Doc): Refusal | null {
  if (next._deleted === true) return null;
  const product = next as unknown as ProductDoc;
  const template = templateById(product.category);
  if (product.attributes && Object.keys(product.attributes).length > 0) {
    if (!template) return { reason: 'invalid_product', detail: `category ${product.category || '-'} has no template for attributes` };
    const [problem] = validateAttributes(template, product.attributes);
    if (problem) return { reason: 'invalid_product', detail: `attributes.${problem.key}: ${problem.code}` };
  }
  for (const [index, variant] of product.variants.entries()) {
    const problem = variant.barcode ? barcodeProblem(variant.barcode) : null;
    if (problem) return { reason: 'invalid_product', detail: `variants[${index}].barcode ${variant.barcode}: ${problem}` };
  }
  const images = imagesProblem(product.images ?? []);
  return images ? { reason: 'invalid_product', detail: images } : null;
}
