/**
 * Gives the demo merchant's products pictures the way the app does (bytes uploaded first, then the
 * products pushed with their `images`), so its first sync carries images. The seed has none. The
 * bytes are random behind a JPEG signature: a photo does not compress either, and the sizes are
 * those of the app's re-encoded pictures (2,000 px original, 320 px thumbnail at quality 0.85).
 */
import { createHash, randomBytes } from 'node:crypto';
import { schemaVersion, type ProductImage } from '@tradewind/domain';
import type { PullResponse, ReplicatedDoc } from '@tradewind/sync';

const IMAGES_PER_PRODUCT = 2;
const THUMB_BYTES = 30 * 1024;
const ORIGINAL_BYTES = 350 * 1024;

const jpeg = (length: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(length - 4)]);

export interface DemoImages {
  products: number;
  images: number;
  bytes: number;
}

export async function addDemoImages(baseUrl: string, token: string): Promise<DemoImages> {
  const authorization = `Bearer ${token}`;
  const upload = async (bytes: Buffer) => {
    const digest = createHash('sha256').update(bytes).digest('hex');
    const response = await fetch(`${baseUrl}/api/images/${digest}`, { method: 'POST', headers: { authorization, 'content-type': 'image/jpeg' }, body: new Uint8Array(bytes) });
    if (!response.ok) throw new Error(`image upload answered ${response.status}: ${await response.text()}`);
    return { digest, length: bytes.length };
  };
  const version = schemaVersion('products');
  const page = (await (await fetch(`${baseUrl}/api/sync/products/pull?batchSize=1000&schemaVersion=${version}`, { headers: { authorization } })).json()) as PullResponse;
  const products = page.documents.filter((doc) => !doc._deleted);
  let bytes = 0;
  const rows = [];
  for (const product of products) {
    const images: ProductImage[] = [];
    for (let i = 0; i < IMAGES_PER_PRODUCT; i++) {
      const [thumb, original] = [await upload(jpeg(THUMB_BYTES)), await upload(jpeg(ORIGINAL_BYTES))];
      bytes += thumb.length + original.length;
      images.push({ id: `bench${i}`, type: 'image/jpeg', width: 2000, height: 1500, thumb, original });
    }
    rows.push({ assumedMasterState: product, newDocumentState: { ...product, images } as ReplicatedDoc });
  }
  const response = await fetch(`${baseUrl}/api/sync/products/push?schemaVersion=${version}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
  const conflicts = (await response.json()) as unknown[];
  if (!response.ok || conflicts.length > 0) throw new Error(`pushing the products with images answered ${response.status}: ${JSON.stringify(conflicts).slice(0, 300)}`);
  return { products: products.length, images: products.length * IMAGES_PER_PRODUCT, bytes };
}
