import { createHash } from 'node:crypto';
import type { AnnouncementReceipt, AnnouncementSummary, AuditEntry, ErrorBody } from '@tradewind/contract';
import { announcementView, newId, usccCheckCharacter, type NoticeDoc } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { api, login, loginAs, rawApi } from './support/http.ts';
import { ENGINES, startPlatform, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';

// The smallest valid PNG: 1×1, one transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const PNG_DIGEST = createHash('sha256').update(PNG).digest('hex');

const draft = {
  titleZh: '九月出口退税新政',
  titleEn: 'September export tax refund rules',
  bodyZh: '9710 申报须附合同。',
  bodyEn: '9710 declarations must attach the contract.',
};

const announcementsOf = (notices: ReplicatedDoc[]) => notices.map((doc) => announcementView(doc as unknown as NoticeDoc, 'en')).filter((view) => view !== null);

describe.each(ENGINES)('park announcements on %s', (engine) => {
  let platform: TestPlatform;
  let admin: string;
  let yangjiang: string;
  let shaoxing: string;
  let yangjiangCluster: string;

  beforeAll(async () => {
    platform = await startPlatform(engine);
    [admin, yangjiang, shaoxing] = await Promise.all([login(platform.app, 'park-admin'), login(platform.app, YANGJIANG), login(platform.app, SHAOXING)]);
    const [tenant] = await platform.db.query<{ cluster: string }>('SELECT cluster FROM tenants WHERE id = $1', [YANGJIANG]);
    yangjiangCluster = tenant!.cluster;
  });
  afterAll(() => platform?.close());

  it('a cluster announcement with an attachment reaches only that cluster, as a notice in both languages', async () => {
    expect((await rawApi(platform.app, 'POST', `/api/park/attachments/${PNG_DIGEST}`, PNG, { token: admin, contentType: 'image/png' })).status).toBe(201);
    const published = await api<{ id: string; delivered: number }>(platform.app, 'POST', '/api/park/announcements', {
      token: admin,
      body: { ...draft, target: { kind: 'cluster', cluster: yangjiangCluster }, attachment: { digest: PNG_DIGEST, name: 'policy.png', contentType: 'image/png' } },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body.delivered).toBe(1);

    const received = (await pullAll(platform.app, yangjiang, 'notices')).documents;
    expect(announcementsOf(received)).toEqual([{ title: draft.titleEn, body: draft.bodyEn, attachment: { digest: PNG_DIGEST, name: 'policy.png', contentType: 'image/png' } }]);
    const notice = received.find((doc) => (doc.params as Record<string, string>).announcementId === published.body.id)!;
    expect(announcementView(notice as unknown as NoticeDoc, 'zh-CN')?.title).toBe(draft.titleZh);
    const attachment = await platform.app.inject({ method: 'GET', url: `/api/images/${PNG_DIGEST}`, headers: { authorization: `Bearer ${yangjiang}` } });
    expect(attachment.rawPayload.equals(PNG)).toBe(true);

    expect(announcementsOf((await pullAll(platform.app, shaoxing, 'notices')).documents)).toEqual([]);
  });

  it('reaches a merchant approved after publishing when it went to everyone or its cluster, not when it named others or went to another cluster', async () => {
    const [other] = await platform.db.query<{ cluster: string }>('SELECT cluster FROM tenants WHERE id = $1', [SHAOXING]);
    expect(other!.cluster).not.toBe(yangjiangCluster);
    const publish = async (titleEn: string, target: Record<string, unknown>) =>
      expect((await api(platform.app, 'POST', '/api/park/announcements', { token: admin, body: { ...draft, titleEn, target } })).status).toBe(201);
    await publish('to everyone', { kind: 'all' });
    await publish('to the cluster', { kind: 'cluster', cluster: yangjiangCluster });
    await publish('to another cluster', { kind: 'cluster', cluster: other!.cluster });
    await publish('to a named merchant', { kind: 'merchants', tenantIds: [YANGJIANG] });

    const first17 = '91441700MA5LATE01';
    const username = `late-${newId().slice(-8).toLowerCase()}`;
    const application = {
      companyName: '阳江迟到刀具有限公司',
      uscc: first17 + usccCheckCharacter(first17),
      cluster: yangjiangCluster,
      code: 'LT',
      contactName: '李雷',
      username,
      password: 'correct horse battery',
    };
    const registered = await api<{ tenantId: string }>(platform.app, 'POST', '/api/registrations', { body: application });
    expect(registered.status, JSON.stringify(registered.body)).toBe(202);
    expect((await api(platform.app, 'POST', `/api/admin/registrations/${registered.body.tenantId}/approve`, { token: admin })).status).toBe(200);

    const token = (await loginAs(platform.app, username, application.password)).body.accessToken;
    const titles = announcementsOf((await pullAll(platform.app, token, 'notices')).documents).map((view) => view.title);
    expect(titles.filter((title) => title.startsWith('to '))).toEqual(['to everyone', 'to the cluster']);
    // The earlier cluster announcement, with its attachment, is theirs too, and counted in its receipts.
    expect(titles).toContain(draft.titleEn);
    const attachment = await platform.app.inject({ method: 'GET', url: `/api/images/${PNG_DIGEST}`, headers: { authorization: `Bearer ${token}` } });
    expect(attachment.rawPayload.equals(PNG)).toBe(true);
  });

  it('carries one PDF of at most 2 MB to the named merchant; refuses bytes that are not a PDF and a larger file', async () => {
    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const upload = (bytes: Buffer, contentType: string) => rawApi(platform.app, 'POST', `/api/park/attachments/${sha256(bytes)}`, bytes, { token: admin, contentType });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    expect((await upload(pdf, 'application/pdf')).status).toBe(201);
    const attachment = { digest: sha256(pdf), name: '政策全文.pdf', contentType: 'application/pdf' };
    const published = await api(platform.app, 'POST', '/api/park/announcements', {
      token: admin,
      body: { ...draft, titleEn: 'with a PDF', target: { kind: 'merchants', tenantIds: [YANGJIANG] }, attachment },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);

    const views = announcementsOf((await pullAll(platform.app, yangjiang, 'notices')).documents);
    expect(views.find((view) => view.title === 'with a PDF')?.attachment).toEqual(attachment);
    const fetched = await platform.app.inject({ method: 'GET', url: `/api/images/${sha256(pdf)}`, headers: { authorization: `Bearer ${yangjiang}` } });
    expect([fetched.headers['content-type'], fetched.rawPayload.equals(pdf)]).toEqual(['application/pdf', true]);

    const notPdf = await upload(PNG, 'application/pdf');
    expect([notPdf.status, (notPdf.body as ErrorBody).error.code]).toEqual([415, 'attachment_not_its_type']);
    const tooLarge = await upload(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024)]), 'application/pdf');
    expect([tooLarge.status, (tooLarge.body as ErrorBody).error.code]).toEqual([413, 'too_large']);
  });

  it('read receipts come back from the devices: how many read, and who', async () => {
    const published = await api<{ id: string; delivered: number }>(platform.app, 'POST', '/api/park/announcements', { token: admin, body: { ...draft, target: { kind: 'all' } } });
    expect(published.body.delivered).toBeGreaterThanOrEqual(2);
    const notices = (await pullAll(platform.app, shaoxing, 'notices')).documents;
    const notice = notices.find((doc) => (doc.params as Record<string, string>).announcementId === published.body.id)!;
    const readAt = '2026-12-01T09:30:00.000Z';
    expect(await push(platform.app, shaoxing, 'notices', [{ assumedMasterState: notice, newDocumentState: { ...notice, readAt, updatedAt: readAt } }])).toEqual([]);

    const summaries = await api<AnnouncementSummary[]>(platform.app, 'GET', '/api/park/announcements', { token: admin });
    expect(summaries.body.find((row) => row.id === published.body.id)).toMatchObject({ delivered: published.body.delivered, read: 1, target: { kind: 'all' }, publishedBy: 'park-admin' });
    const receipts = await api<AnnouncementReceipt[]>(platform.app, 'GET', `/api/park/announcements/${published.body.id}/receipts`, { token: admin });
    expect(receipts.body.find((row) => row.tenantId === SHAOXING)?.readAt).toBe(readAt);
    expect(receipts.body.find((row) => row.tenantId === YANGJIANG)?.readAt).toBeNull();
  });

  it('refuses a half-written announcement, an unknown merchant and a missing attachment, and delivers nothing', async () => {
    const before = await platform.db.query('SELECT id FROM announcements');
    const refusals = await Promise.all([
      api(platform.app, 'POST', '/api/park/announcements', { token: admin, body: { ...draft, titleEn: '  ', target: { kind: 'all' } } }),
      api(platform.app, 'POST', '/api/park/announcements', { token: admin, body: { ...draft, target: { kind: 'merchants', tenantIds: [YANGJIANG, 'no-such-merchant'] } } }),
      api(platform.app, 'POST', '/api/park/announcements', {
        token: admin,
        body: { ...draft, target: { kind: 'all' }, attachment: { digest: 'f'.repeat(64), name: 'x.png', contentType: 'image/png' } },
      }),
    ]);
    expect(refusals.map((answer) => [answer.status, (answer.body as { error: { code: string } }).error.code])).toEqual([
      [400, 'bad_announcement'],
      [400, 'unknown_merchants'],
      [400, 'bad_attachment'],
    ]);
    expect(await platform.db.query('SELECT id FROM announcements')).toHaveLength(before.length);
  });

  it('merchants cannot call the console: publishing, reading receipts, the directory and registrations answer 403', async () => {
    const calls = [
      api(platform.app, 'POST', '/api/park/announcements', { token: yangjiang, body: { ...draft, target: { kind: 'all' } } }),
      api(platform.app, 'GET', '/api/park/announcements', { token: yangjiang }),
      api(platform.app, 'GET', '/api/park/merchants?search=a', { token: shaoxing }),
      api(platform.app, 'GET', '/api/admin/registrations', { token: shaoxing }),
      api(platform.app, 'POST', `/api/admin/registrations/${SHAOXING}/reject`, { token: shaoxing, body: { reason: 'x' } }),
      rawApi(platform.app, 'POST', `/api/park/attachments/${PNG_DIGEST}`, PNG, { token: yangjiang, contentType: 'image/png' }),
    ];
    expect((await Promise.all(calls)).map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403]);
  });

  it('every publication is in the audit log under the park, by name of field only', async () => {
    const audit = await api<AuditEntry[]>(platform.app, 'GET', '/api/audit?tenantId=park&collection=console.announcements', { token: admin });
    const published = await api<AnnouncementSummary[]>(platform.app, 'GET', '/api/park/announcements', { token: admin });
    expect(audit.body.length).toBe(published.body.length);
    expect(audit.body.every((entry) => entry.username === 'park-admin' && entry.action === 'create' && entry.fields.includes('target'))).toBe(true);
    expect(JSON.stringify(audit.body)).not.toContain(draft.bodyEn);
  });
});
