import type { AlertEvaluation, AlertEvaluationRequest, AlertTransitionRequest, MonitoringRulesResponse, ParkAlert, ParkAlertsQuery } from '@tradewind/contract';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES, MONITORING_RULES } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.ts';
import { latestRateTable } from '../../rates/rate-tables.ts';
import type { ParkAdminGate } from './access.ts';
import { evaluateAlerts, listAlerts, transitionAlert } from './alerts.ts';

const alertsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    state: { type: 'string', enum: ALERT_STATES },
    severity: { type: 'string', enum: ALERT_SEVERITIES },
    kind: { type: 'string', enum: ALERT_KINDS },
    tenantId: { type: 'string', maxLength: 60 },
  },
} as const;
const evaluateBody = { type: ['object', 'null'], additionalProperties: false, properties: { asOf: { type: 'string', format: 'date' } } } as const;
const transitionBody = {
  type: 'object',
  additionalProperties: false,
  required: ['to', 'note'],
  properties: { to: { type: 'string', enum: ALERT_STATES }, note: { type: 'string', minLength: 1, maxLength: 2000 } },
} as const;

const today = () => new Date().toISOString().slice(0, 10);

/** Monitoring: the published rules, their alerts and the alert workflow. */
export function registerAlertRoutes(app: FastifyInstance, gate: ParkAdminGate, db: Database): void {
  app.get<{ Reply: MonitoringRulesResponse }>('/api/park/alerts/rules', async (request) => {
    await gate(request, { subject: 'alerts', action: 'rules' });
    return MONITORING_RULES;
  });

  app.get<{ Querystring: ParkAlertsQuery; Reply: ParkAlert[] }>('/api/park/alerts', { schema: { querystring: alertsQuery } }, async (request) => {
    await gate(request, { subject: 'alerts', action: 'list', detail: { ...request.query } });
    return listAlerts(db, request.query);
  });

  app.post<{ Body: AlertEvaluationRequest | null; Reply: AlertEvaluation }>('/api/park/alerts/evaluate', { schema: { body: evaluateBody } }, async (request) => {
    const asOf = request.body?.asOf ?? today();
    await gate(request, { subject: 'alerts', action: 'evaluate', detail: { asOf } });
    return evaluateAlerts(db, MONITORING_RULES, asOf, await latestRateTable(db));
  });

  app.post<{ Params: { id: string }; Body: AlertTransitionRequest; Reply: ParkAlert }>('/api/park/alerts/:id/transition', { schema: { body: transitionBody } }, async (request) => {
    const caller = await gate(request, { subject: 'alerts', action: 'transition', documentId: request.params.id, detail: { to: request.body.to } });
    return transitionAlert(db, request.params.id, request.body.to, request.body.note, caller.userId);
  });
}
