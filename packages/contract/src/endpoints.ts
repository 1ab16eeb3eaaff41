import type { RateTable, RegistrationWarning, Role } from '@tradewind/domain';

/**
 * Request and response bodies of every endpoint beside the replication protocol
 * (packages/sync/src/protocol.ts). The platform's routes and the client's calls both use these.
 */

export interface HealthResponse {
  status: 'ok';
  database: 'pglite' | 'postgres';
  /** Only to the park administrator: told to anyone, it helps an attacker pick exploits. */
  version?: string;
}

/** POST /api/auth/login */
export interface LoginRequest {
  username: string;
  password: string;
  deviceName?: string;
  /**
   * The public half of the device's non-extractable ECDSA P-256 key (a JWK with kty, crv, x, y).
   * Without it the session cannot be refreshed: the device logs in again when its access token ends.
   */
  devicePublicKey?: DevicePublicKey;
}

export interface DevicePublicKey {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

export interface LoginResponse extends SessionTokens {
  user: { id: string; username: string; displayName: string; role: Role };
  tenant: { id: string; name: string; cluster: string } | null;
  deviceId: string;
  /** Starts every human-readable number this device makes offline; null for accounts without a tenant. */
  numberPrefix: string | null;
  /** Days the device may be used offline before it must log in online again. */
  offlineDays: number;
}

/** POST /api/auth/refresh/challenge → RefreshChallenge: a one-time nonce for the next refresh with this token. */
export interface RefreshChallengeRequest {
  refreshToken: string;
}

export interface RefreshChallenge {
  nonce: string;
}

/**
 * POST /api/auth/refresh → SessionTokens (rotated). `signature`: ECDSA P-256 / SHA-256 (IEEE P1363,
 * base64url) by the device key over `refreshProofMessage(nonce, refreshToken)`.
 */
export interface RefreshRequest {
  refreshToken: string;
  nonce: string;
  signature: string;
}

/** What a device signs to prove it holds its key when it refreshes; the prefix keeps the signature from meaning anything else. */
export const refreshProofMessage = (nonce: string, refreshToken: string): string => `tradewind-refresh-v1.${nonce}.${refreshToken}`;

/** POST /api/registrations */
export interface RegistrationRequest {
  companyName: string;
  uscc: string;
  cluster: string;
  code: string;
  contactName: string;
  username: string;
  password: string;
}

export interface RegistrationResponse {
  tenantId: string;
  status: 'pending';
}

/** GET /api/admin/registrations */
export interface PendingRegistration {
  id: string;
  name: string;
  uscc: string;
  cluster: string;
  username: string;
  contactName: string;
  registeredAt: string;
  /** Look-alikes of other merchants or of park staff, for the administrator to check. */
  warnings: RegistrationWarning[];
}

/** POST /api/admin/registrations/:id/approve */
export interface ApproveResponse {
  approved: string;
}

/** POST /api/admin/merchants/:id/identity (park administrator): the registered Chinese name and USCC, which the park owns. */
export interface MerchantIdentityChange {
  name?: string;
  uscc?: string;
}

export interface MerchantIdentity {
  tenantId: string;
  name: string;
  uscc: string;
}

/** GET /api/admin/merchants (park administrator): every approved merchant's identity. */
export interface ParkMerchant extends MerchantIdentity {
  cluster: string;
}

/** GET /api/devices */
export interface DeviceInfo {
  id: string;
  name: string;
  userId: string;
  username: string;
  createdAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
  /** The device making the request. */
  current: boolean;
}

/** POST /api/devices/:id/revoke */
export interface RevokeResponse {
  revoked: string;
}

/** POST /api/auth/logout: ends the calling device's session (its refresh token no longer works). */
export interface LogoutResponse {
  loggedOut: string;
}

/** GET /api/rates */
export type RatesResponse = RateTable;

/** POST /api/images/:digest (bytes in the body) */
export interface ImageUploadResponse {
  digest: string;
  length: number;
}

/** GET /api/audit */
export interface AuditQuery {
  tenantId?: string;
  collection?: string;
  documentId?: string;
  limit?: number;
}

export interface AuditEntry {
  at: string;
  collection: string;
  documentId: string;
  action: 'create' | 'update' | 'delete' | 'refused';
  fields: string[];
  reason: string | null;
  username: string;
  deviceName: string | null;
}

/** POST /api/customs/credentials (account owner): the merchant's E-Port signing certificate and its private key, PEM. */
export interface SigningCredentialsUpload {
  certificate: string;
  privateKey: string;
}

/** What POST answers and GET /api/customs/credentials shows (GET adds the certificate); the key is never returned. */
export interface SigningCredentialsSummary {
  algorithm: 'rsa-sha1' | 'sm2-sm3';
  certificateNumber: string;
  notAfter: string;
}

/** A provider the platform has an adapter for (apps/platform/src/warehouses/registry.ts). */
export type ConnectableWarehouseProvider = 'goodcang' | 'winit' | '4px' | 'fba';

/** The credential fields each provider's wire needs (reference/warehouse-providers.md); all are sealed. */
export const WAREHOUSE_CREDENTIAL_FIELDS: { readonly [Id in ConnectableWarehouseProvider]: readonly string[] } = {
  goodcang: ['appKey', 'appToken'],
  winit: ['appKey', 'token', 'clientId', 'clientSecret', 'platform'],
  '4px': ['appKey', 'appSecret'],
  fba: ['clientId', 'clientSecret', 'refreshToken'],
};

/** What of a merchant's provider account may be shown: never its credentials. */
export interface WarehouseAccountSummary {
  provider: ConnectableWarehouseProvider;
  /** Our warehouse id → the provider's warehouse code (FBA: marketplace id). */
  warehouses: Record<string, string>;
  /** Our SKU → the provider's, only where they differ (providers key stock by the seller SKU). */
  skus: Record<string, string>;
  shipFrom?: { name: string; addressLine1: string; city: string; countryCode: string; postalCode: string; phoneNumber: string };
}

/** PUT /api/warehouses/accounts/:provider (account owner): sets or replaces the account; credentials are stored sealed and never returned. */
export interface WarehouseAccountUpload extends Omit<WarehouseAccountSummary, 'provider' | 'skus'> {
  credentials: Record<string, string>;
  skus?: Record<string, string>;
}
