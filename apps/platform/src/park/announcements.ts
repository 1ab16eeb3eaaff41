import { PlatformError, type AnnouncementReceipt, type AnnouncementRequest, type AnnouncementSummary, type AttachmentUploadResponse } from '@tradewind/contract';
import { ANNOUNCEMENT_ATTACHMENT_TYPES, ANNOUNCEMENT_LIMITS, announcementProblem, MAX_ANNOUNCEMENT_ATTACHMENT_BYTES, sniffFileType } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import type { ImageBlobStore } from '../images/blob-store.ts';
import { badDigest, checkedUpload, digestParams, type UploadKind } from '../images/routes.ts';
import { publishAnnouncement } from './announcement-delivery.ts';
import { auditConsoleAction, PARK_AUDIT_TENANT, requireParkAdmin } from './console-access.ts';

const title = { type: 'string', maxLength: ANNOUNCEMENT_LIMITS.title };
const body = { type: 'string', maxLength: ANNOUNCEMENT_LIMITS.body };
const announcementBody = {
  type: 'object',
  additionalProperties: false,
  required: ['titleZh', 'titleEn', 'bodyZh', 'bodyEn', 'target'],
  properties: {
    titleZh: title,
    titleEn: title,
    bodyZh: body,
    bodyEn: body,
    // One flat object (Fastify's Ajv strips unknown properties inside oneOf branches); announcementProblem checks that the kind has what it needs.
    target: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: ['all', 'cluster', 'merchants'] },
        cluster: { type: 'string', maxLength: 40 },
        tenantIds: { type: 'array', maxItems: 5000, items: { type: 'string', maxLength: 60 } },
      },
    },
    attachment: {
      type: 'object',
      additionalProperties: false,
      required: ['digest', 'name', 'contentType'],
      properties: { digest: { type: 'string', pattern: '^[0-9a-f]{64}$' }, name: { type: 'string', minLength: 1, maxLength: 200 }, contentType: { enum: [...ANNOUNCEMENT_ATTACHMENT_TYPES] } },
    },
  },
} as const;

const ATTACHMENT_UPLOAD: UploadKind = { types: ANNOUNCEMENT_ATTACHMENT_TYPES, sniff: sniffFileType, unsupported: 'unsupported_attachment', mismatch: 'attachment_not_its_type' };

interface SummaryRow extends Omit<AnnouncementSummary, 'publishedAt' | 'delivered' | 'read'> {
  publishedAt: Date | string;
  delivered: string | number;
  read: string | number;
}

/** Park announcements: publish to all, a cluster or named merchants, with one picture or PDF; see how many and who read them. */
export function registerAnnouncementRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database, blobs: ImageBlobStore): void {
  app.register(async (park) => {
    park.addHook('onRequest', (request) => requireParkAdmin(authenticate, request).then(() => undefined));
    park.addContentTypeParser([...ANNOUNCEMENT_ATTACHMENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_ANNOUNCEMENT_ATTACHMENT_BYTES }, (_request, bytes, done) => done(null, bytes));

    park.post<{ Params: { digest: string } }>('/api/park/attachments/:digest', { schema: { params: digestParams }, schemaErrorFormatter: badDigest }, async (request, reply) => {
      const { contentType, bytes } = checkedUpload(request, request.params.digest, ATTACHMENT_UPLOAD);
      await db.transaction(async (q) => {
        await q.query(`INSERT INTO image_blobs (tenant_id, digest, content_type, length, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, digest) DO NOTHING`, [
          PARK_AUDIT_TENANT,
          request.params.digest,
          contentType,
          bytes.length,
          bytes,
        ]);
        await auditConsoleAction(q, request.caller!, { subject: 'attachments', documentId: request.params.digest, action: 'create', fields: ['bytes'] });
      });
      return reply.status(201).send({ digest: request.params.digest, length: bytes.length } satisfies AttachmentUploadResponse);
    });

    park.get<{ Params: { digest: string } }>('/api/park/attachments/:digest', { schema: { params: digestParams }, schemaErrorFormatter: badDigest }, async (request, reply) => {
      const blob = await blobs.get(PARK_AUDIT_TENANT, request.params.digest);
      if (!blob) throw new PlatformError(404, 'not_found', 'No such attachment');
      return reply.header('content-type', blob.contentType).send(blob.data);
    });

    park.post<{ Body: AnnouncementRequest }>('/api/park/announcements', { schema: { body: announcementBody } }, async (request, reply) => {
      const problem = announcementProblem(request.body);
      if (problem) throw new PlatformError(400, 'bad_announcement', `The announcement is incomplete: ${problem}`);
      const published = await db.transaction((q) => publishAnnouncement(q, request.caller!, request.body));
      return reply.status(201).send(published);
    });

    park.get<{ Reply: AnnouncementSummary[] }>('/api/park/announcements', async () => {
      const rows = await db.query<SummaryRow>(
        `SELECT a.id, a.title_zh AS "titleZh", a.title_en AS "titleEn", a.target, a.attachment_name AS "attachmentName", a.published_at AS "publishedAt", u.username AS "publishedBy",
                count(d.tenant_id) AS delivered, count(n.doc->>'readAt') AS read
         FROM announcements a JOIN users u ON u.id = a.published_by
         LEFT JOIN announcement_deliveries d ON d.announcement_id = a.id
         LEFT JOIN doc_notices n ON n.tenant_id = d.tenant_id AND n.id = d.notice_id
         GROUP BY a.id, u.username ORDER BY a.published_at DESC LIMIT 200`,
      );
      return rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt).toISOString(), delivered: Number(row.delivered), read: Number(row.read) }));
    });

    park.get<{ Params: { id: string }; Reply: AnnouncementReceipt[] }>('/api/park/announcements/:id/receipts', async (request) => {
      const [known] = await db.query('SELECT 1 FROM announcements WHERE id = $1', [request.params.id]);
      if (!known) throw new PlatformError(404, 'unknown_announcement', 'No announcement with this id');
      return db.query<AnnouncementReceipt>(
        `SELECT t.id AS "tenantId", t.name AS "merchantName", t.cluster, n.doc->>'readAt' AS "readAt"
         FROM announcement_deliveries d JOIN tenants t ON t.id = d.tenant_id LEFT JOIN doc_notices n ON n.tenant_id = d.tenant_id AND n.id = d.notice_id
         WHERE d.announcement_id = $1 ORDER BY n.doc->>'readAt' NULLS LAST, t.name`,
        [request.params.id],
      );
    });
  });
}
