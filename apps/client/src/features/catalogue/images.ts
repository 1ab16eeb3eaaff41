import {
  attachmentId,
  type IMAGE_TYPES,
  MAX_ORIGINAL_BYTES,
  MAX_PRODUCT_IMAGES,
  MAX_THUMBNAIL_BYTES,
  newId,
  ORIGINAL_EDGE_PX,
  THUMBNAIL_EDGE_PX,
  type ProductDoc,
  type ProductImage,
} from '@tradewind/domain';
import type { RxDocument } from 'rxdb';
import type { StoreContext } from '../../stores/documents.ts';
import { addImage } from '../../stores/product-store.ts';

const TYPE = 'image/jpeg' satisfies (typeof IMAGE_TYPES)[number];

/** Re-encodes to JPEG no longer than `edge` pixels and no larger than `maxBytes`, lowering quality, then size. */
async function encode(bitmap: ImageBitmap, edge: number, maxBytes: number): Promise<{ blob: Blob; width: number; height: number }> {
  let scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height));
  for (;;) {
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    for (const quality of [0.85, 0.75, 0.6, 0.45]) {
      const blob = await canvas.convertToBlob({ type: TYPE, quality });
      if (blob.size <= maxBytes) return { blob, width, height };
    }
    scale *= 0.75;
  }
}

export class ImageLimitError extends Error {}

/**
 * Adds a photo to a product on this device: an original (at most 2000 px, 2 MB) and a thumbnail
 * (320 px, 100 KB), made here, stored as RxDB attachments and listed in `images`; both replicate.
 */
export async function addProductImage(ctx: StoreContext, doc: RxDocument<ProductDoc>, file: File): Promise<void> {
  if ((doc.images?.length ?? 0) >= MAX_PRODUCT_IMAGES) throw new ImageLimitError('too_many');
  const bitmap = await createImageBitmap(file);
  try {
    const original = await encode(bitmap, ORIGINAL_EDGE_PX, MAX_ORIGINAL_BYTES);
    const thumb = await encode(bitmap, THUMBNAIL_EDGE_PX, MAX_THUMBNAIL_BYTES);
    const id = newId();
    const [thumbAttachment, originalAttachment] = await doc.putAttachments([
      { id: attachmentId(id, 'thumb'), data: thumb.blob, type: TYPE },
      { id: attachmentId(id, 'original'), data: original.blob, type: TYPE },
    ]);
    const image: ProductImage = {
      id,
      type: TYPE,
      width: original.width,
      height: original.height,
      thumb: { digest: thumbAttachment!.digest, length: thumbAttachment!.length },
      original: { digest: originalAttachment!.digest, length: originalAttachment!.length },
    };
    await addImage(ctx, doc.id, image);
  } finally {
    bitmap.close();
  }
}
