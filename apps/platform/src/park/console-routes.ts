import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import type { ImageBlobStore } from '../images/blob-store.ts';
import { registerAnnouncementRoutes } from './announcements.ts';
import { registerDirectoryRoutes } from './directory.ts';
import { registerRegistrationDecisions } from './registration-decisions.ts';
import { registerRegistrationRoutes } from './registrations.ts';

/** The console's merchant side: registrations (the applicant's and the park's decisions), the directory and announcements. */
export function registerParkMerchantRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database, blobs: ImageBlobStore): void {
  registerRegistrationRoutes(app, db);
  registerRegistrationDecisions(app, authenticate, db);
  registerDirectoryRoutes(app, authenticate, db);
  registerAnnouncementRoutes(app, authenticate, db, blobs);
}
