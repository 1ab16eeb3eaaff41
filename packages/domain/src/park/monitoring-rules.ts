import rulesFile from '@tradewind/resources/park/monitoring-rules.json' with { type: 'json' };
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from './vocabulary.ts';

/** The park's anomaly rules as published data (resources/park/monitoring-rules.json): dated, versioned, thresholds in `params`. */
export interface MonitoringRule {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  effective: { from: string; until?: string };
  params: Record<string, number>;
}

export interface MonitoringRuleSet {
  version: string;
  publishedAt: string;
  rules: MonitoringRule[];
}

function checked(file: { version: string; publishedAt: string; rules: { id: string; kind: string; severity: string }[] }): MonitoringRuleSet {
  for (const rule of file.rules) {
    if (!(ALERT_KINDS as readonly string[]).includes(rule.kind)) throw new Error(`Monitoring rule ${rule.id}: unknown kind ${rule.kind}`);
    if (!(ALERT_SEVERITIES as readonly string[]).includes(rule.severity)) throw new Error(`Monitoring rule ${rule.id}: unknown severity ${rule.severity}`);
  }
  return { version: file.version, publishedAt: file.publishedAt, rules: file.rules as unknown as MonitoringRule[] };
}

export const MONITORING_RULES: MonitoringRuleSet = checked(rulesFile);

/** The rules in force on `date` (YYYY-MM-DD). */
export const rulesInForce = (set: MonitoringRuleSet, date: string): MonitoringRule[] =>
  set.rules.filter((rule) => rule.effective.from <= date && (rule.effective.until === undefined || date < rule.effective.until));
