import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../../auth/routes.ts';
import type { Database } from '../../db/database.ts';
import { parkAdminGate } from './access.ts';
import { registerAlertRoutes } from './alert-routes.ts';
import { registerCreditRoutes } from './credit-routes.ts';
import { registerStatisticsRoutes } from './statistics-routes.ts';

/** The park console (issue 14): /api/park/* for the park administrator, /api/me/credit for merchants. */
export function registerParkConsoleRoutes(app: FastifyInstance, authenticate: Authenticate, db: Database): void {
  const gate = parkAdminGate(authenticate, db);
  registerStatisticsRoutes(app, gate, db);
  registerAlertRoutes(app, gate, db);
  registerCreditRoutes(app, gate, authenticate, db);
}
