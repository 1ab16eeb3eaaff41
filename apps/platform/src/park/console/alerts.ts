import { PlatformError, type AlertEvaluation, type ParkAlert, type ParkAlertsQuery } from '@tradewind/contract';
import { evaluateMonitoring, newId, nextAlertState, rulesInForce, type AlertState, type MonitoringRuleSet, type RateTable } from '@tradewind/domain';
import type { Database, Queryable } from '../../db/database.ts';
import { gatherMonitoringFacts } from './monitoring-facts.ts';

interface AlertRow extends Omit<ParkAlert, 'history'> {
  history: ParkAlert['history'] | null;
}

const ALERT_SELECT = `
  SELECT a.id, a.kind, a.rule_id AS "ruleId", a.rules_version AS "rulesVersion", a.severity, a.tenant_id AS "tenantId",
         t.name AS "merchantName", t.cluster, a.subject, a.evidence, a.raised_at AS "raisedAt", a.state,
         (SELECT jsonb_agg(jsonb_build_object('state', s.state, 'by', u.username, 'at', s.at, 'note', s.note) ORDER BY s.at)
          FROM park_alert_steps s JOIN users u ON u.id = s.user_id WHERE s.alert_id = a.id) AS history
  FROM park_alerts a JOIN tenants t ON t.id = a.tenant_id`;

const toAlert = (row: AlertRow): ParkAlert => ({
  ...row,
  raisedAt: new Date(row.raisedAt).toISOString(),
  history: (row.history ?? []).map((step) => ({ ...step, at: new Date(step.at).toISOString() })),
});

export async function listAlerts(q: Queryable, query: ParkAlertsQuery & { ids?: string[] }): Promise<ParkAlert[]> {
  const rows = await q.query<AlertRow>(
    `${ALERT_SELECT}
     WHERE ($1::text IS NULL OR a.state = $1) AND ($2::text IS NULL OR a.severity = $2) AND ($3::text IS NULL OR a.kind = $3)
       AND ($4::text IS NULL OR a.tenant_id = $4) AND ($5::jsonb IS NULL OR a.id IN (SELECT jsonb_array_elements_text($5::jsonb)))
     ORDER BY a.raised_at DESC, a.id LIMIT 500`,
    [query.state ?? null, query.severity ?? null, query.kind ?? null, query.tenantId ?? null, query.ids ? JSON.stringify(query.ids) : null],
  );
  return rows.map(toAlert);
}

/** Runs the rules in force on `asOf` and raises an alert for each finding not alerted before. */
export async function evaluateAlerts(db: Database, rules: MonitoringRuleSet, asOf: string, rates: RateTable | null): Promise<AlertEvaluation> {
  const findings = evaluateMonitoring(rulesInForce(rules, asOf), await gatherMonitoringFacts(db, asOf, rates));
  const raised: string[] = [];
  for (const finding of findings) {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO park_alerts (id, tenant_id, kind, rule_id, rules_version, severity, subject, evidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, rule_id, subject) DO NOTHING RETURNING id`,
      [newId(), finding.tenantId, finding.kind, finding.ruleId, rules.version, finding.severity, finding.subject, JSON.stringify(finding.evidence)],
    );
    if (row) raised.push(row.id);
  }
  return { rulesVersion: rules.version, raised: raised.length ? await listAlerts(db, { ids: raised }) : [] };
}

/** Moves an alert to the next state of its workflow, recording who and why; any other move is refused. */
export async function transitionAlert(db: Database, id: string, to: AlertState, note: string, userId: string): Promise<ParkAlert> {
  await db.transaction(async (q) => {
    const [alert] = await q.query<{ state: AlertState }>('SELECT state FROM park_alerts WHERE id = $1 FOR UPDATE', [id]);
    if (!alert) throw new PlatformError(404, 'unknown_alert', 'No alert with this id');
    const next = nextAlertState(alert.state);
    if (to !== next) throw new PlatformError(409, 'alert_transition', next ? `This alert is ${alert.state}; it can only move to ${next}` : 'This alert was already reviewed');
    await q.query('UPDATE park_alerts SET state = $2 WHERE id = $1', [id, to]);
    await q.query('INSERT INTO park_alert_steps (alert_id, state, user_id, note) VALUES ($1, $2, $3, $4)', [id, to, userId, note]);
  });
  const [alert] = await listAlerts(db, { ids: [id] });
  return alert!;
}
