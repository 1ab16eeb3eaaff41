import { CertificateError, createMessageSigner, readCertificate, SigningError, type MessageSigner, type SigningAlgorithm } from '@tradewind/customs/signing';
import type { Queryable } from '../db/database.ts';
import type { SecretStore } from '../secrets/store.ts';

const SECRET_NAME = 'customs-signing';

/** What may be shown about a merchant's signing credentials: the certificate is public, the key never leaves the store. */
export interface SigningCredentialsInfo {
  algorithm: SigningAlgorithm;
  certificateNumber: string;
  certificate: string;
  notAfter: string;
}

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

/**
 * Checks that the key belongs to the certificate (by making a signer) and stores the key sealed.
 * Nothing of the key goes into the error texts.
 */
export async function storeSigningCredentials(q: Queryable, secrets: SecretStore, tenantId: string, upload: { certificate: string; privateKey: string }): Promise<SigningCredentialsInfo> {
  let info: SigningCredentialsInfo;
  try {
    const certificate = readCertificate(upload.certificate);
    const signer = createMessageSigner({ algorithm: certificate.algorithm, certificate: upload.certificate, privateKey: upload.privateKey.trim() });
    info = { algorithm: certificate.algorithm, certificateNumber: signer.certificateNumber, certificate: upload.certificate.trim(), notAfter: certificate.notAfter.toISOString() };
  } catch (error) {
    if (error instanceof CertificateError || error instanceof SigningError) throw new CredentialsError(error.message);
    throw new CredentialsError('the certificate or private key could not be read');
  }
  await secrets.put(q, tenantId, SECRET_NAME, upload.privateKey.trim(), { ...info });
  return info;
}

export function signingCredentialsInfo(q: Queryable, secrets: SecretStore, tenantId: string): Promise<SigningCredentialsInfo | null> {
  return secrets.describe<SigningCredentialsInfo>(q, tenantId, SECRET_NAME);
}

/** The merchant's signer, or null when no credentials were uploaded. */
export async function merchantSigner(q: Queryable, secrets: SecretStore, tenantId: string): Promise<MessageSigner | null> {
  const stored = await secrets.get<SigningCredentialsInfo>(q, tenantId, SECRET_NAME);
  if (!stored) return null;
  return createMessageSigner({ algorithm: stored.public.algorithm, certificate: stored.public.certificate, privateKey: stored.value });
}

/** Tenants with credentials: the merchants whose receipts the platform fetches. */
export async function tenantsWithCredentials(q: Queryable): Promise<string[]> {
  return (await q.query<{ tenant_id: string }>('SELECT tenant_id FROM secrets WHERE name = $1 ORDER BY tenant_id', [SECRET_NAME])).map((row) => row.tenant_id);
}
