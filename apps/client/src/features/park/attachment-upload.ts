import type { AttachmentUploadResponse } from '@tradewind/contract';
import type { AnnouncementAttachment } from '@tradewind/domain';
import { toPlatformError, type Transport } from '@tradewind/sync/client';

/** Uploads the picture or PDF the park attaches to an announcement; the platform names it by its SHA-256. */
export async function uploadAttachment(transport: Transport, file: File): Promise<AnnouncementAttachment> {
  const bytes = await file.arrayBuffer();
  const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const response = await transport.fetch(`/api/park/attachments/${digest}`, { method: 'POST', headers: { 'content-type': file.type }, body: bytes });
  if (!response.ok) throw await toPlatformError(response);
  const uploaded = (await response.json()) as AttachmentUploadResponse;
  return { digest: uploaded.digest, name: file.name, contentType: file.type };
}
