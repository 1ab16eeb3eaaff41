/**
 * The park console's words (issue 14): the dimensions statistics are cut by, where a declaration
 * stands, the alert kinds and workflow, and the credit grades. Shared by the domain's rules, the
 * platform and the console's screens.
 */

export const PARK_DIMENSIONS = ['month', 'cluster', 'mode', 'market', 'channel', 'hsChapter'] as const;
export type ParkDimension = (typeof PARK_DIMENSIONS)[number];

/** A declaration's customs status in the console's words (see `declarationStage`). */
export const DECLARATION_STAGES = ['waiting', 'sent', 'in_review', 'released', 'rejected', 'failed', 'cancelled'] as const;
export type DeclarationStage = (typeof DECLARATION_STAGES)[number];

export const ALERT_KINDS = ['price_outlier', 'volume_jump', 'repeated_rejections', 'compliance_refusals', 'forex_threshold'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ['low', 'medium', 'high'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** open → assessed → handled → reviewed, one step at a time. */
export const ALERT_STATES = ['open', 'assessed', 'handled', 'reviewed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

/** What an alert's evidence or a grade's reason names: a translation key's parameters. */
export type ParkParams = Record<string, string | number>;
