import { channelProblems, type ChannelProblem } from '../catalogue/channels.ts';
import type { Attributes } from '../catalogue/attributes.ts';
import { marketCovered } from '../catalogue/markets.ts';
import { templateById } from '../catalogue/templates.ts';
import type { ListingDoc } from '../collections/listings.ts';
import { evaluateCondition } from './conditions.ts';
import type { EvidenceRecord } from './evidence-entry.ts';
import { evidenceDefinition, isEvidenceSatisfied, type EvidenceDefinition, type EvidenceSources } from './evidence.ts';
import type { ListingFacts } from './facts.ts';
import { productFacts } from './product-facts.ts';
import { COMPLIANCE_RULES, type ComplianceRule } from './rules.ts';

/** `block`/`warn`: the rule applies and is not met. `upcoming`: it will apply from a later date. */
export type Outcome = 'block' | 'warn' | 'met' | 'upcoming';
export type Verdict = 'pass' | 'warn' | 'block';

export interface RuleFinding {
  rule: ComplianceRule;
  outcome: Outcome;
  /** Evidence that would satisfy the rule and is not there yet. */
  missingEvidence: EvidenceDefinition[];
  /** Attributes to fill in before the rule can tell whether it applies. */
  missingAttributes: string[];
}

export interface ComplianceSubject {
  facts: ListingFacts;
  market: string;
  channel: string;
  /** Title, bullets and description: what the listing says. */
  text: string;
  evidence: EvidenceRecord;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function inScope(rule: ComplianceRule, subject: ComplianceSubject): boolean {
  if (!marketCovered(rule.markets, subject.market)) return false;
  if (rule.scope.hs && !rule.scope.hs.some((prefix) => subject.facts.hsCode.startsWith(prefix))) return false;
  if (rule.scope.templates && !rule.scope.templates.includes(subject.facts.category)) return false;
  return true;
}

function findingFor(rule: ComplianceRule, subject: ComplianceSubject, attributes: Attributes, asOf: string): RuleFinding | null {
  if (!inScope(rule, subject)) return null;
  if (rule.effective?.until && rule.effective.until < asOf) return null;
  const truth = rule.when ? evaluateCondition(rule.when, { template: subject.facts.category, channel: subject.channel, attributes, text: subject.text }) : { value: true as const, missing: [] };
  if (truth.value === false) return null;
  const sources: EvidenceSources = {
    attributes,
    productEvidence: subject.facts.evidence,
    listingEvidence: subject.evidence,
    imageCount: subject.facts.imageCount,
    text: subject.text,
  };
  const missingEvidence = rule.requires.map((key) => evidenceDefinition(key)!).filter((definition) => !isEvidenceSatisfied(definition, sources));
  const missingAttributes = [...new Set(truth.missing)];
  const met = truth.value === true && rule.requires.length > 0 && missingEvidence.length === 0;
  const upcoming = Boolean(rule.effective?.from && rule.effective.from > asOf);
  const outcome: Outcome = met ? 'met' : upcoming ? 'upcoming' : rule.severity;
  return { rule, outcome, missingEvidence, missingAttributes };
}

const ORDER: Record<Outcome, number> = { block: 0, warn: 1, upcoming: 2, met: 3 };

/** Every rule that applies (or may apply) to the subject on `asOf` (YYYY-MM-DD), worst first. */
export function evaluateCompliance(subject: ComplianceSubject, asOf: string, rules: readonly ComplianceRule[] = COMPLIANCE_RULES): RuleFinding[] {
  const attributes = productFacts(templateById(subject.facts.category), subject.facts.attributes);
  return rules
    .map((rule) => findingFor(rule, subject, attributes, asOf))
    .filter((finding): finding is RuleFinding => finding !== null)
    .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome] || a.rule.id.localeCompare(b.rule.id));
}

export interface ListingReport {
  verdict: Verdict;
  findings: RuleFinding[];
  channelProblems: ChannelProblem[];
}

export type CheckedListing = Pick<ListingDoc, 'channel' | 'market' | 'title' | 'bullets' | 'description' | 'evidence' | 'facts'>;

export function listingText(listing: Pick<ListingDoc, 'title' | 'bullets' | 'description'>): string {
  return [listing.title, ...listing.bullets, listing.description].join('\n');
}

/** The full check of a listing: market rules plus the channel's own limits (which always block). */
export function checkListing(listing: CheckedListing, asOf: string): ListingReport {
  const findings = evaluateCompliance({ facts: listing.facts, market: listing.market, channel: listing.channel, text: listingText(listing), evidence: listing.evidence }, asOf);
  const problems = channelProblems({
    channel: listing.channel,
    title: listing.title,
    bullets: listing.bullets,
    brand: listing.facts.brand,
    hasBarcode: listing.facts.hasBarcode,
    imageCount: listing.facts.imageCount,
    hasWeight: listing.facts.hasWeight,
    hasDimensions: listing.facts.hasDimensions,
  });
  const verdict: Verdict = problems.length > 0 || findings.some((f) => f.outcome === 'block') ? 'block' : findings.some((f) => f.outcome === 'warn') ? 'warn' : 'pass';
  return { verdict, findings, channelProblems: problems };
}

/** What stops publishing: blocking rule ids and channel problem codes. Empty means it may go out. */
export function publishBlockers(report: ListingReport): string[] {
  return [...report.findings.filter((f) => f.outcome === 'block').map((f) => f.rule.id), ...report.channelProblems.map((p) => `channel:${p.code}`)];
}
