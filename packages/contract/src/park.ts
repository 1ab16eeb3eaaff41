import type { AlertKind, AlertSeverity, AlertState, CreditGrade, CreditRule, DeclarationMode, DeclarationStage, ParkDimension, ParkParams } from '@tradewind/domain';

/**
 * The park console's endpoints (issue 14). Everything under /api/park is for the park administrator
 * only (a merchant gets 403) and every call is audited; /api/me/credit is the merchant's own record.
 * None of them carries buyers' contacts, bank accounts or images.
 */

/** Money per currency, integer minor units: `{ USD: 125000, EUR: 9900 }`. */
export type MinorByCurrency = Record<string, number>;

/** Query of GET /api/park/statistics, its drill-down and its Excel export. Months are `YYYY-MM`, both ends included. */
export interface ParkStatisticsQuery {
  from?: string;
  to?: string;
  /** Leave out training sandboxes and demo merchants (tenants whose kind is not `merchant`). */
  excludeSandboxes?: boolean;
}

/** One bar of a breakdown: exports (declared, not rejected, orders not cancelled) under one key. */
export interface ParkFigure {
  /** The dimension's value: `2026-11`, `yangjiang`, `9610`, `GB`, `amazon`, `82` (HS chapter); `total` for the whole. */
  key: string;
  orders: number;
  merchants: number;
  value: MinorByCurrency;
  /** The value converted with the platform's latest rate table (fen / cents); null when a rate is missing. */
  valueCny: number | null;
  valueUsd: number | null;
}

/** GET /api/park/statistics */
export interface ParkStatistics {
  query: { from: string | null; to: string | null; excludeSandboxes: boolean };
  /** Date of the rate table the CNY and USD figures use; null when the platform has none. */
  ratesDate: string | null;
  exports: { total: ParkFigure } & Record<ParkDimension, ParkFigure[]>;
  merchants: {
    /** Merchants with at least one export in the period. */
    active: number;
    /** Registrations received in the period, by month. */
    newRegistrations: number;
    newRegistrationsByMonth: { key: string; count: number }[];
  };
  declarations: {
    total: number;
    byStatus: { stage: DeclarationStage; count: number }[];
    byMode: { mode: DeclarationMode; count: number; rejected: number }[];
    rejected: number;
    /** rejected / decided (released + rejected); null when none was decided. */
    rejectionRate: number | null;
    /** Hours from the first message sent to release (800), median over released declarations. */
    medianClearanceHours: number | null;
  };
}

/** What a drill-down opens: the exports under one key of a dimension, or the declarations / registrations behind a figure. */
export type ParkDrillFigure = 'exports' | 'declarations' | 'rejections' | 'registrations' | 'active';

/** GET /api/park/statistics/merchants */
export interface ParkDrillQuery extends ParkStatisticsQuery {
  figure: ParkDrillFigure;
  /** With `figure: exports`: the breakdown and key clicked (absent: the total). */
  dimension?: ParkDimension;
  key?: string;
  /** With `figure: declarations`: one stage only. */
  stage?: DeclarationStage;
}

export interface ParkDrillRow {
  tenantId: string;
  name: string;
  cluster: string;
  orders: number;
  value: MinorByCurrency;
  valueCny: number | null;
  valueUsd: number | null;
  declarations: number;
  rejected: number;
}

export interface ParkDrillDown {
  query: ParkDrillQuery;
  rows: ParkDrillRow[];
}

/** GET /api/park/statistics.xlsx answers the workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) for a ParkStatisticsQuery. */
export const PARK_XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One step of an alert's workflow: who moved it, when, with what note. */
export interface AlertStep {
  state: AlertState;
  by: string;
  at: string;
  note: string;
}

/** GET /api/park/alerts (query: state, severity, tenantId, kind) */
export interface ParkAlert {
  id: string;
  kind: AlertKind;
  /** The rule that raised it and the version of the published rule set. */
  ruleId: string;
  rulesVersion: string;
  severity: AlertSeverity;
  tenantId: string;
  merchantName: string;
  cluster: string;
  /** What the alert is about, so the same finding is raised once: `hs:8211910000`, `month:2026-11`, `year:2026`. */
  subject: string;
  /** The figures behind it (translation parameters of `park.alert.<kind>`). */
  evidence: ParkParams;
  raisedAt: string;
  state: AlertState;
  history: AlertStep[];
}

export interface ParkAlertsQuery {
  state?: AlertState;
  severity?: AlertSeverity;
  kind?: AlertKind;
  tenantId?: string;
}

/** POST /api/park/alerts/evaluate: runs the published rules now (or for the day `asOf`, YYYY-MM-DD). */
export interface AlertEvaluationRequest {
  asOf?: string;
}

export interface AlertEvaluation {
  rulesVersion: string;
  /** Alerts raised by this run (findings already alerted are not raised again). */
  raised: ParkAlert[];
}

/** POST /api/park/alerts/:id/transition: the next state only (open → assessed → handled → reviewed). */
export interface AlertTransitionRequest {
  to: AlertState;
  note: string;
}

/** GET /api/park/alerts/rules: the published monitoring rules (data, dated and versioned). */
export interface MonitoringRuleSummary {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  effective: { from: string; until?: string };
  params: ParkParams;
}

export interface MonitoringRulesResponse {
  version: string;
  publishedAt: string;
  rules: MonitoringRuleSummary[];
}

/** An entry of the negative list (失信名单): why, on whose word, since when. */
export interface NegativeListEntry {
  id: string;
  reason: string;
  source: string;
  listedOn: string;
  recordedAt: string;
}

/** POST /api/park/credit/:tenantId/negative-list */
export interface NegativeListRequest {
  reason: string;
  source: string;
  /** YYYY-MM-DD */
  listedOn: string;
}

/** The facts a grade is computed from. */
export interface CreditFacts {
  verifiedRegistration: boolean;
  /** Percent of the profile's fields filled (0–100). */
  profileCompleteness: number;
  declarations: number;
  rejectedDeclarations: number;
  /** rejected / decided; null when none was decided. */
  rejectionRate: number | null;
  complianceRefusals: number;
  alertsOpen: number;
  alertsHandled: number;
  negativeListEntries: number;
}

/** Why a grade is what it is: a translation key (`park.credit.reason.<code>`) and its parameters. */
export interface CreditReason {
  code: string;
  params: ParkParams;
}

/** GET /api/park/credit (list) and /api/park/credit/:tenantId */
export interface CreditRecord {
  tenantId: string;
  merchantName: string;
  cluster: string;
  facts: CreditFacts;
  negativeList: NegativeListEntry[];
  grade: CreditGrade;
  reasons: CreditReason[];
  /** The published grading rule used. */
  rule: { version: string; publishedAt: string };
}

/** GET /api/park/credit/:tenantId/history, and part of the merchant's view: each change of grade. */
export interface GradeChange {
  at: string;
  from: CreditGrade | null;
  to: CreditGrade;
  ruleVersion: string;
  reasons: CreditReason[];
}

export type ContestStatus = 'open' | 'upheld' | 'dismissed';

/** POST /api/me/credit/contest (merchant owner) */
export interface CreditContestRequest {
  /** What is contested: `grade`, or `negative:<entry id>`. */
  subject: string;
  statement: string;
}

export interface CreditContest {
  id: string;
  tenantId: string;
  subject: string;
  statement: string;
  at: string;
  status: ContestStatus;
  answer: string | null;
  answeredAt: string | null;
}

/** POST /api/park/credit/contests/:id/answer; GET /api/park/credit/contests lists them. */
export interface ContestAnswerRequest {
  status: 'upheld' | 'dismissed';
  answer: string;
}

/** GET /api/me/credit: what a merchant sees of their own record. */
export interface MerchantCreditView {
  record: CreditRecord;
  history: GradeChange[];
  contests: CreditContest[];
}

/** GET /api/park/credit/rule: the published grading rule (data): grades from best to worst with what each requires. */
export type CreditRuleResponse = CreditRule;
