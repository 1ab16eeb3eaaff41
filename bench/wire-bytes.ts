/** Bytes a pulled document costs on the wire, as the platform actually sends it for each encoding a device may accept. */
import { request } from 'node:http';

export interface WireBytes {
  /** Per document of a full page: plain JSON, and as the platform compresses it for `br` and for `gzip`. */
  json: number;
  brotli: number;
  gzip: number;
  /** From the request to the last byte of the brotli page, on loopback (the platform's query, serialising and compressing). */
  brotliMs: number;
}

/** The raw (still compressed) body of a GET: Node's fetch would decompress it before we could count it. */
function rawGet(url: string, token: string, encoding: string): Promise<{ bytes: number; encoding: string | undefined; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'], ms: performance.now() - started }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function measureWireBytes(baseUrl: string, token: string, collection: string, batchSize: number): Promise<WireBytes> {
  const url = `${baseUrl}/api/sync/${collection}/pull?batchSize=${batchSize}`;
  const plain = await rawGet(url, token, 'identity');
  const brotli = await rawGet(url, token, 'br');
  const gzip = await rawGet(url, token, 'gzip');
  if (brotli.encoding !== 'br' || gzip.encoding !== 'gzip') throw new Error(`the platform did not compress the pull page (br → ${brotli.encoding}, gzip → ${gzip.encoding})`);
  return { json: plain.bytes / batchSize, brotli: brotli.bytes / batchSize, gzip: gzip.bytes / batchSize, brotliMs: brotli.ms };
}
