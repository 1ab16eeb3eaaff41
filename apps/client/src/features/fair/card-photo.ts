import { MAX_CARD_PHOTO_CHARS } from '@tradewind/domain';

const MAX_EDGE = 1024;
const QUALITIES = [0.72, 0.55, 0.4, 0.3];

/**
 * A business-card photo shrunk to a small JPEG data URL (longest edge 1024 px, lower quality until
 * it fits the buyer document's limit): legible, and cheap to keep and sync.
 */
export async function compressCardPhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of QUALITIES) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (url.length <= MAX_CARD_PHOTO_CHARS) return url;
  }
  throw new Error('card photo too large');
}
