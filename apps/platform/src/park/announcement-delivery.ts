import { PlatformError } from '@tradewind/contract';
import { announcementNoticeParams, ANNOUNCEMENT_MESSAGE_KEY, newId, type AnnouncementAttachment, type AnnouncementDraft, type AnnouncementTarget } from '@tradewind/domain';
import type { Caller } from '../auth/tokens.ts';
import type { Queryable } from '../db/database.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { auditConsoleAction, PARK_AUDIT_TENANT } from './console-access.ts';

/** The active merchants a target names; a named merchant that is not one is refused rather than skipped. */
async function recipients(q: Queryable, target: AnnouncementTarget): Promise<string[]> {
  if (target.kind === 'merchants') {
    const named = [...new Set(target.tenantIds)];
    const rows = await q.query<{ id: string }>(`SELECT id FROM tenants WHERE status = 'active' AND id IN (SELECT jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(named)]);
    if (rows.length !== named.length) throw new PlatformError(400, 'unknown_merchants', 'Some of the named merchants are not active merchants of the park');
    return rows.map((row) => row.id);
  }
  const rows = await q.query<{ id: string }>(`SELECT id FROM tenants WHERE status = 'active' AND ($1::text IS NULL OR cluster = $1) ORDER BY id`, [target.kind === 'cluster' ? target.cluster : null]);
  if (rows.length === 0) throw new PlatformError(400, 'unknown_merchants', 'No active merchant is in this target');
  return rows.map((row) => row.id);
}

/** One `notices` document per merchant (their devices pull it with the next sync), its delivery record, and the attachment copied into their image store so their own token fetches it. */
async function deliver(q: Queryable, id: string, draft: AnnouncementDraft, tenantIds: string[], now: string): Promise<void> {
  const params = announcementNoticeParams(id, draft);
  for (const tenantId of tenantIds) {
    const noticeId = newId();
    await writeDocumentsIn(q, tenantId, (tx) =>
      tx.write('notices', [{ id: noticeId, updatedAt: now, kind: 'announcement', severity: 'info', messageKey: ANNOUNCEMENT_MESSAGE_KEY, params, createdAt: now, _deleted: false }]),
    );
    await q.query('INSERT INTO announcement_deliveries (announcement_id, tenant_id, notice_id) VALUES ($1, $2, $3)', [id, tenantId, noticeId]);
    if (draft.attachment) {
      await q.query(
        `INSERT INTO image_blobs (tenant_id, digest, content_type, length, data) SELECT $1, digest, content_type, length, data FROM image_blobs WHERE tenant_id = $2 AND digest = $3
         ON CONFLICT (tenant_id, digest) DO NOTHING`,
        [tenantId, PARK_AUDIT_TENANT, draft.attachment.digest],
      );
    }
  }
}

/** Publishes an announcement in the caller's transaction: the record, its delivery to every recipient, and the audit entry. */
export async function publishAnnouncement(q: Queryable, caller: Caller, draft: AnnouncementDraft): Promise<{ id: string; delivered: number }> {
  if (draft.attachment) {
    const [held] = await q.query('SELECT 1 FROM image_blobs WHERE tenant_id = $1 AND digest = $2', [PARK_AUDIT_TENANT, draft.attachment.digest]);
    if (!held) throw new PlatformError(400, 'bad_attachment', 'Upload the attachment before publishing');
  }
  const tenants = await recipients(q, draft.target);
  const id = newId();
  const now = new Date().toISOString();
  await q.query(
    `INSERT INTO announcements (id, title_zh, title_en, body_zh, body_en, target, attachment_digest, attachment_name, attachment_type, published_by, published_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11)`,
    [
      id,
      draft.titleZh,
      draft.titleEn,
      draft.bodyZh,
      draft.bodyEn,
      JSON.stringify(draft.target),
      draft.attachment?.digest ?? null,
      draft.attachment?.name ?? null,
      draft.attachment?.contentType ?? null,
      caller.userId,
      now,
    ],
  );
  await deliver(q, id, draft, tenants, now);
  await auditConsoleAction(q, caller, { subject: 'announcements', documentId: id, action: 'create', fields: ['title', 'body', 'target', ...(draft.attachment ? ['attachment'] : [])] });
  return { id, delivered: tenants.length };
}

interface PublishedRow {
  id: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  target: AnnouncementTarget;
  digest: string | null;
  name: string | null;
  contentType: AnnouncementAttachment['contentType'] | null;
}

/**
 * A merchant approved after an announcement to everyone or to its cluster was published gets it
 * too, in the approval's transaction, oldest first. Announcements to named merchants stay theirs.
 */
export async function deliverEarlierAnnouncements(q: Queryable, tenantId: string, cluster: string): Promise<number> {
  const rows = await q.query<PublishedRow>(
    `SELECT a.id, a.title_zh AS "titleZh", a.title_en AS "titleEn", a.body_zh AS "bodyZh", a.body_en AS "bodyEn", a.target,
            a.attachment_digest AS digest, a.attachment_name AS name, a.attachment_type AS "contentType"
     FROM announcements a
     WHERE (a.target->>'kind' = 'all' OR (a.target->>'kind' = 'cluster' AND a.target->>'cluster' = $2))
       AND NOT EXISTS (SELECT 1 FROM announcement_deliveries d WHERE d.announcement_id = a.id AND d.tenant_id = $1)
     ORDER BY a.published_at, a.id`,
    [tenantId, cluster],
  );
  const now = new Date().toISOString();
  for (const { id, digest, name, contentType, ...draft } of rows) {
    await deliver(q, id, { ...draft, ...(digest && name && contentType ? { attachment: { digest, name, contentType } } : {}) }, [tenantId], now);
  }
  return rows.length;
}
