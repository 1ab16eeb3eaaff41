import type { AnnouncementDraft, AnnouncementTarget } from '@tradewind/domain';

/**
 * The park console's announcements, registration decisions and merchant directory (issue 14,
 * items 4 and 5). Park administrator only, except the applicant's own status check and reapplication.
 */

/** POST /api/park/announcements (the attachment, when any, uploaded first to POST /api/park/attachments/:digest) */
export type AnnouncementRequest = AnnouncementDraft;

/** GET /api/park/announcements: each published announcement with its read receipts counted. */
export interface AnnouncementSummary {
  id: string;
  titleZh: string;
  titleEn: string;
  target: AnnouncementTarget;
  attachmentName: string | null;
  publishedAt: string;
  publishedBy: string;
  delivered: number;
  read: number;
}

/** GET /api/park/announcements/:id/receipts: who has it, who read it and when. */
export interface AnnouncementReceipt {
  tenantId: string;
  merchantName: string;
  cluster: string;
  readAt: string | null;
}

/** POST /api/park/attachments/:digest (bytes in the body) */
export interface AttachmentUploadResponse {
  digest: string;
  length: number;
}

/** POST /api/admin/registrations/:id/reject */
export interface RejectRegistrationRequest {
  reason: string;
}

export interface RejectResponse {
  rejected: string;
}

/** POST /api/registrations/status: the applicant checks their registration with their own credentials. */
export interface RegistrationStatusRequest {
  username: string;
  password: string;
}

export interface RegistrationStatus {
  status: 'pending' | 'rejected' | 'active';
  /** The park administrator's reason, when rejected. */
  reason: string | null;
  rejectedAt: string | null;
  /** What was registered, for the applicant to correct. */
  registration: { companyName: string; uscc: string; cluster: string; code: string; contactName: string };
}

/** POST /api/registrations/reapply: a rejected applicant's corrected registration (the password proves who they are). */
export interface ReapplyRequest extends RegistrationStatusRequest {
  companyName: string;
  uscc: string;
  cluster: string;
  code: string;
  contactName: string;
}

/** GET /api/park/merchants?search=: the park's merchant directory. */
export interface MerchantDirectoryQuery {
  search?: string;
  status?: 'pending' | 'active' | 'rejected';
}

export interface MerchantDirectoryEntry {
  tenantId: string;
  name: string;
  uscc: string | null;
  cluster: string;
  code: string;
  status: 'pending' | 'active' | 'rejected';
  contactName: string | null;
  username: string | null;
  registeredAt: string | null;
}
