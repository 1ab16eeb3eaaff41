/**
 * Park announcements (issue 14, item 4): a policy notice in both languages that reaches merchants'
 * devices as a `notices` document (kind `announcement`, messageKey `notice.parkAnnouncement`). The
 * texts travel as the notice's string parameters, so the notice schema stays as it is and a device
 * shows it offline in its user's language.
 */

import { IMAGE_TYPES, MAX_ORIGINAL_BYTES } from '../catalogue/images.ts';

export const ANNOUNCEMENT_MESSAGE_KEY = 'notice.parkAnnouncement';

/** An announcement carries at most one attachment: a picture or a PDF (a policy document), stored on the platform. */
export const ANNOUNCEMENT_ATTACHMENT_TYPES = [...IMAGE_TYPES, 'application/pdf'] as const;
export const MAX_ANNOUNCEMENT_ATTACHMENT_BYTES = MAX_ORIGINAL_BYTES;

/** Each text becomes one notice parameter, and the notice schema allows 2,000 characters a parameter. */
export const ANNOUNCEMENT_LIMITS = { title: 120, body: 2000 } as const;

export type AnnouncementTarget = { kind: 'all' } | { kind: 'cluster'; cluster: string } | { kind: 'merchants'; tenantIds: string[] };

export interface AnnouncementText {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

export interface AnnouncementAttachment {
  digest: string;
  name: string;
  contentType: string;
}

export interface AnnouncementDraft extends AnnouncementText {
  target: AnnouncementTarget;
  attachment?: AnnouncementAttachment;
}

export type AnnouncementProblem = 'title_missing' | 'body_missing' | 'text_too_long' | 'no_merchants_named' | 'no_cluster_named';

/** The first thing wrong with a draft, or null: both languages are required, so no merchant gets half a notice. */
export function announcementProblem(draft: AnnouncementDraft): AnnouncementProblem | null {
  if (!draft.titleZh.trim() || !draft.titleEn.trim()) return 'title_missing';
  if (!draft.bodyZh.trim() || !draft.bodyEn.trim()) return 'body_missing';
  if ([draft.titleZh, draft.titleEn].some((title) => title.length > ANNOUNCEMENT_LIMITS.title)) return 'text_too_long';
  if ([draft.bodyZh, draft.bodyEn].some((body) => body.length > ANNOUNCEMENT_LIMITS.body)) return 'text_too_long';
  // The target may come from JSON, so a kind without its field is checked here, not left to the type.
  if (draft.target.kind === 'cluster' && !draft.target.cluster?.trim()) return 'no_cluster_named';
  if (draft.target.kind === 'merchants' && !draft.target.tenantIds?.length) return 'no_merchants_named';
  return null;
}

/** The notice parameters an announcement is carried in. */
export function announcementNoticeParams(announcementId: string, draft: AnnouncementDraft): Record<string, string> {
  const attachment: Record<string, string> = draft.attachment ? { attachmentDigest: draft.attachment.digest, attachmentName: draft.attachment.name, attachmentType: draft.attachment.contentType } : {};
  return { announcementId, titleZh: draft.titleZh, titleEn: draft.titleEn, bodyZh: draft.bodyZh, bodyEn: draft.bodyEn, ...attachment };
}

export interface AnnouncementView {
  title: string;
  body: string;
  attachment: AnnouncementAttachment | null;
}

/** What a device shows of an announcement notice in its user's language; null for any other notice. */
export function announcementView(notice: { messageKey: string; params: Record<string, string> }, language: 'zh-CN' | 'en'): AnnouncementView | null {
  if (notice.messageKey !== ANNOUNCEMENT_MESSAGE_KEY) return null;
  const { params } = notice;
  const zh = language === 'zh-CN';
  const attachment =
    params.attachmentDigest && params.attachmentName && params.attachmentType ? { digest: params.attachmentDigest, name: params.attachmentName, contentType: params.attachmentType } : null;
  return { title: (zh ? params.titleZh : params.titleEn) ?? '', body: (zh ? params.bodyZh : params.bodyEn) ?? '', attachment };
}
