import { PlatformError, type SigningCredentialsSummary, type SigningCredentialsUpload } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import { ownerTenant } from '../auth/owner.ts';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import type { SecretStore } from '../secrets/store.ts';
import { CredentialsError, signingCredentialsInfo, storeSigningCredentials } from './credentials.ts';

const PEM = { type: 'string', minLength: 1, maxLength: 20_000 } as const;
const uploadBody = { type: 'object', required: ['certificate', 'privateKey'], additionalProperties: false, properties: { certificate: PEM, privateKey: PEM } } as const;

/**
 * `POST /api/customs/credentials` (the account owner uploads the certificate and its private key,
 * PEM; the key is stored sealed) and `GET /api/customs/credentials` (what is on file: algorithm,
 * certificate number and certificate, expiry — never the key). The body is never logged.
 */
export function registerCustomsRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database, secrets: SecretStore): void {
  const ownerTenantOf = (request: Parameters<Authenticate>[0]) => ownerTenant(authenticate, request, 'signing credentials');
  app.post<{ Body: SigningCredentialsUpload; Reply: SigningCredentialsSummary }>('/api/customs/credentials', { schema: { body: uploadBody }, logLevel: 'warn' }, async (request) => {
    const tenantId = await ownerTenantOf(request);
    try {
      const { algorithm, certificateNumber, notAfter } = await storeSigningCredentials(db, secrets, tenantId, request.body);
      return { algorithm, certificateNumber, notAfter };
    } catch (error) {
      if (error instanceof CredentialsError) throw new PlatformError(400, 'bad_signing_credentials', error.message);
      throw error;
    }
  });
  app.get('/api/customs/credentials', async (request) => {
    const tenantId = await ownerTenantOf(request);
    const info = await signingCredentialsInfo(db, secrets, tenantId);
    if (!info) throw new PlatformError(404, 'no_signing_credentials', 'No signing credentials uploaded yet');
    return info;
  });
}
