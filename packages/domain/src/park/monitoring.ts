import type { MonitoringRule } from './monitoring-rules.ts';
import type { AlertKind, AlertSeverity, ParkParams } from './vocabulary.ts';

/** What the platform gathers for the rules; money in US cents (converted with the platform's rates). */
export interface MonitoringFacts {
  /** YYYY-MM-DD: the day the rules are run for. */
  asOf: string;
  /** Declared export lines: unit price in US cents. */
  declaredLines: { tenantId: string; hsCode: string; unitPriceUsd: number }[];
  /** Declared export value per merchant and month (YYYY-MM). */
  monthlyValueUsd: { tenantId: string; month: string; valueUsd: number }[];
  /** Customs rejections (time of the rejecting status). */
  rejections: { tenantId: string; at: string }[];
  /** Listings the platform refused to publish for compliance. */
  complianceRefusals: { tenantId: string; at: string }[];
}

export interface Finding {
  ruleId: string;
  kind: AlertKind;
  severity: AlertSeverity;
  tenantId: string;
  /** What it is about, so one finding is alerted once. */
  subject: string;
  evidence: ParkParams;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const groupBy = <T>(items: T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T23:59:59.999Z`) - days * 86_400_000).toISOString();

const monthsBefore = (month: string, count: number): string[] => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, number - 2 - index, 1));
    return date.toISOString().slice(0, 7);
  });
};

type Evaluator = (rule: MonitoringRule, facts: MonitoringFacts) => Omit<Finding, 'ruleId' | 'kind' | 'severity'>[];

/** A declared unit price `ratio` times above or below the park's median for the same HS code. */
const priceOutlier: Evaluator = ({ params }, facts) =>
  [...groupBy(facts.declaredLines, (line) => line.hsCode)]
    .filter(([hsCode, lines]) => hsCode !== '' && lines.length >= params.minSamples!)
    .flatMap(([hsCode, lines]) => {
      const parkMedian = median(lines.map((line) => line.unitPriceUsd));
      return [...groupBy(lines, (line) => line.tenantId)].flatMap(([tenantId, own]) => {
        const worst = own.map((line) => line.unitPriceUsd).sort((a, b) => Math.abs(Math.log(b / parkMedian)) - Math.abs(Math.log(a / parkMedian)))[0]!;
        const far = parkMedian > 0 && (worst >= parkMedian * params.ratio! || worst * params.ratio! <= parkMedian);
        return far ? [{ tenantId, subject: `hs:${hsCode}`, evidence: { hsCode, unitPriceUsd: worst, parkMedianUsd: Math.round(parkMedian), samples: lines.length, ratio: params.ratio! } }] : [];
      });
    });

/** This month's value `ratio` times the average of the months before, and at least `minUsd`. */
const volumeJump: Evaluator = ({ params }, facts) => {
  const month = facts.asOf.slice(0, 7);
  const earlier = new Set(monthsBefore(month, params.months!));
  return [...groupBy(facts.monthlyValueUsd, (row) => row.tenantId)].flatMap(([tenantId, rows]) => {
    const current = rows.filter((row) => row.month === month).reduce((sum, row) => sum + row.valueUsd, 0);
    const average = rows.filter((row) => earlier.has(row.month)).reduce((sum, row) => sum + row.valueUsd, 0) / params.months!;
    const jumped = current >= params.minUsd! * 100 && current >= average * params.ratio!;
    return jumped ? [{ tenantId, subject: `month:${month}`, evidence: { month, valueUsd: current, averageUsd: Math.round(average), months: params.months!, ratio: params.ratio! } }] : [];
  });
};

/**
 * `count` or more events of one merchant within `days` days up to the day of the run. The subject
 * is the newest event: a run on a later day over the same events finds the same evidence again
 * (alerted once), a new event makes new evidence.
 */
const repeated =
  (pick: (facts: MonitoringFacts) => { tenantId: string; at: string }[]): Evaluator =>
  ({ params }, facts) => {
    const since = daysBefore(facts.asOf, params.days!);
    const recent = pick(facts).filter((event) => event.at >= since && event.at <= daysBefore(facts.asOf, 0));
    return [...groupBy(recent, (event) => event.tenantId)]
      .filter(([, events]) => events.length >= params.count!)
      .map(([tenantId, events]) => {
        const latest = events
          .map((event) => event.at)
          .sort()
          .at(-1)!;
        return { tenantId, subject: `through:${latest}`, evidence: { count: events.length, days: params.days!, since: since.slice(0, 10), latest } };
      });
  };

/** A merchant's declared exports of the year at `share` or more of the annual forex threshold. */
const forexThreshold: Evaluator = ({ params }, facts) => {
  const year = facts.asOf.slice(0, 4);
  return [
    ...groupBy(
      facts.monthlyValueUsd.filter((row) => row.month.startsWith(year)),
      (row) => row.tenantId,
    ),
  ].flatMap(([tenantId, rows]) => {
    const valueUsd = rows.reduce((sum, row) => sum + row.valueUsd, 0);
    const thresholdUsd = params.thresholdUsd! * 100;
    return valueUsd >= thresholdUsd * params.share! ? [{ tenantId, subject: `year:${year}`, evidence: { year, valueUsd, thresholdUsd, share: Math.round((valueUsd / thresholdUsd) * 100) } }] : [];
  });
};

const EVALUATORS: Record<AlertKind, Evaluator> = {
  price_outlier: priceOutlier,
  volume_jump: volumeJump,
  repeated_rejections: repeated((facts) => facts.rejections),
  compliance_refusals: repeated((facts) => facts.complianceRefusals),
  forex_threshold: forexThreshold,
};

/** Every finding of the given rules over the facts; the caller keeps only those not alerted before. */
export function evaluateMonitoring(rules: MonitoringRule[], facts: MonitoringFacts): Finding[] {
  return rules.flatMap((rule) => EVALUATORS[rule.kind](rule, facts).map((finding) => ({ ...finding, ruleId: rule.id, kind: rule.kind, severity: rule.severity })));
}

const NEXT_STATE = { open: 'assessed', assessed: 'handled', handled: 'reviewed', reviewed: null } as const;

/** The alert workflow moves one step at a time; null once reviewed. */
export const nextAlertState = (state: keyof typeof NEXT_STATE) => NEXT_STATE[state];
