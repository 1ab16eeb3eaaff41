import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CustomsGateway } from './gateway.ts';

const safeName = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * The official export client's folder exchange: envelopes are written into `outbox/<sender>/`
 * (as `<copMsgId>.xml`, via a temporary name so the client never reads half a file), receipts are
 * read from `inbox/<sender>/` and moved to `inbox/<sender>/done/` once handled. A file already in
 * the outbox (or sent by the client into `outbox/<sender>/sent/`) is a duplicate, not a second message.
 */
export function folderExchangeGateway(outbox: string, inbox: string): CustomsGateway {
  return {
    async send(message) {
      const dir = join(outbox, safeName(message.senderId));
      const name = `${safeName(message.copMsgId)}.xml`;
      if (existsSync(join(dir, name)) || existsSync(join(dir, 'sent', name))) return 'duplicate';
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, `.${name}.partial`);
      await writeFile(temporary, message.envelope);
      await rename(temporary, join(dir, name));
      return 'accepted';
    },
    async receive(senderId) {
      const dir = join(inbox, safeName(senderId));
      if (!existsSync(dir)) return [];
      const names = (await readdir(dir)).filter((name) => name.endsWith('.xml')).sort();
      return Promise.all(names.map(async (name) => ({ key: name, xml: await readFile(join(dir, name), 'utf8') })));
    },
    async acknowledge(senderId, keys) {
      const dir = join(inbox, safeName(senderId));
      await mkdir(join(dir, 'done'), { recursive: true });
      for (const key of keys) if (existsSync(join(dir, key))) await rename(join(dir, key), join(dir, 'done', key));
    },
  };
}
