import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderExchangeGateway } from './folder-exchange.ts';
import { createCustomsGateway, parseGatewayConfig } from './registry.ts';

describe('the folder-exchange gateway', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tradewind-folder-exchange-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes each envelope once into the sender outbox, whole, and answers duplicate for a resend or a file the client already took', async () => {
    const gateway = folderExchangeGateway(join(root, 'out'), join(root, 'in'));
    const message = { envelope: '<DxpMsg>one</DxpMsg>', copMsgId: 'ABC-1', senderId: 'DXPENT4417960B2C' };
    expect(await gateway.send(message)).toBe('accepted');
    expect(await gateway.send({ ...message, envelope: '<DxpMsg>changed</DxpMsg>' })).toBe('duplicate');
    const outbox = join(root, 'out', 'DXPENT4417960B2C');
    expect(readdirSync(outbox)).toEqual(['ABC-1.xml']);
    expect(readFileSync(join(outbox, 'ABC-1.xml'), 'utf8')).toBe('<DxpMsg>one</DxpMsg>');
    mkdirSync(join(outbox, 'sent'));
    writeFileSync(join(outbox, 'sent', 'ABC-2.xml'), 'taken by the client');
    expect(await gateway.send({ ...message, copMsgId: 'ABC-2' })).toBe('duplicate');
  });

  it('reads receipts from the sender inbox in name order and moves acknowledged ones to done/', async () => {
    const gateway = createCustomsGateway({ kind: 'folder-exchange', outbox: join(root, 'out'), inbox: join(root, 'in') });
    expect(await gateway.receive('DXPENT4417960B2C')).toEqual([]);
    const inbox = join(root, 'in', 'DXPENT4417960B2C');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, '2-b.xml'), '<b/>');
    writeFileSync(join(inbox, '1-a.xml'), '<a/>');
    writeFileSync(join(inbox, 'note.txt'), 'not a receipt');
    expect(await gateway.receive('DXPENT4417960B2C')).toEqual([
      { key: '1-a.xml', xml: '<a/>' },
      { key: '2-b.xml', xml: '<b/>' },
    ]);
    await gateway.acknowledge('DXPENT4417960B2C', ['1-a.xml']);
    expect((await gateway.receive('DXPENT4417960B2C')).map((receipt) => receipt.key)).toEqual(['2-b.xml']);
    expect(existsSync(join(inbox, 'done', '1-a.xml'))).toBe(true);
  });

  it('is chosen by configuration, and a configuration it cannot read is a clear error', () => {
    expect(parseGatewayConfig(undefined)).toBeUndefined();
    expect(parseGatewayConfig('single-window-http http://127.0.0.1:4420')).toEqual({ kind: 'single-window-http', url: 'http://127.0.0.1:4420' });
    expect(parseGatewayConfig('folder-exchange /srv/out /srv/in')).toEqual({ kind: 'folder-exchange', outbox: '/srv/out', inbox: '/srv/in' });
    expect(() => parseGatewayConfig('carrier-pigeon')).toThrow(/TRADEWIND_CUSTOMS_GATEWAY must be/);
  });
});
