import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants as zlib } from 'node:zlib';

/**
 * Pull pages of one merchant repeat most of their text: brotli brings a 1,000-document page of
 * products from about 1,090 B a document to 55, gzip to 65 (docs/scaling.md, "Bytes on the wire").
 * Brotli's quality 4 costs a few ms a page; its default 11 would cost far more than the transfer it
 * saves. Small answers stay plain: compressing them costs more than it saves. Only routes that opt
 * in with `compress: PULL_COMPRESSION` are compressed, so the live stream is never buffered.
 */
export const PULL_COMPRESSION = { threshold: 1024 };

export async function installPullCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: false,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
