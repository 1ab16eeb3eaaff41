import type { CreditContest, CreditRecord, GradeChange, NegativeListEntry } from '@tradewind/contract';
import { CREDIT_RULE, gradeMerchant, profileCompleteness, type CreditGrade, type MerchantDoc } from '@tradewind/domain';
import type { Database, Queryable } from '../../db/database.ts';

interface FactsRow {
  id: string;
  name: string;
  cluster: string;
  status: string;
  profile: Partial<MerchantDoc> | null;
  declarations: string;
  rejected: string;
  released: string;
  refusals: string;
  alerts_open: string;
  alerts_handled: string;
  last_grade: CreditGrade | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * Everything a credit record is made of, per merchant: the profile is read only for which
 * fields are filled; its bank accounts never leave this function.
 */
const FACTS = `
  SELECT t.id, t.name, t.cluster, t.status,
    (SELECT m.doc FROM doc_merchant m WHERE m.tenant_id = t.id AND m.id = 'profile' AND NOT m.deleted) AS profile,
    (SELECT count(*) FROM park_declarations d WHERE d.tenant_id = t.id)::text AS declarations,
    (SELECT count(*) FROM park_declarations d WHERE d.tenant_id = t.id AND (d.customs_status = '100' OR d.customs_status LIKE '-%'))::text AS rejected,
    (SELECT count(*) FROM park_declarations d WHERE d.tenant_id = t.id AND d.customs_status IN ('800', '899'))::text AS released,
    (SELECT count(*) FROM audit_log a WHERE a.tenant_id = t.id AND a.collection = 'listings' AND a.action = 'refused' AND a.reason = 'listing_blocked')::text AS refusals,
    (SELECT count(*) FROM park_alerts a WHERE a.tenant_id = t.id AND a.state IN ('open', 'assessed'))::text AS alerts_open,
    (SELECT count(*) FROM park_alerts a WHERE a.tenant_id = t.id AND a.state IN ('handled', 'reviewed'))::text AS alerts_handled,
    (SELECT g.to_grade FROM park_credit_grades g WHERE g.tenant_id = t.id ORDER BY g.id DESC LIMIT 1) AS last_grade
  FROM tenants t WHERE t.status <> 'pending' AND ($1::text IS NULL OR t.id = $1) ORDER BY t.name`;

async function negativeLists(q: Queryable, tenantId: string | null): Promise<Map<string, NegativeListEntry[]>> {
  const rows = await q.query<NegativeListEntry & { tenantId: string }>(
    `SELECT id, tenant_id AS "tenantId", reason, source, to_char(listed_on, 'YYYY-MM-DD') AS "listedOn", recorded_at AS "recordedAt"
     FROM park_negative_list WHERE $1::text IS NULL OR tenant_id = $1 ORDER BY listed_on, recorded_at`,
    [tenantId],
  );
  const lists = new Map<string, NegativeListEntry[]>();
  for (const { tenantId: owner, ...entry } of rows) lists.set(owner, [...(lists.get(owner) ?? []), { ...entry, recordedAt: iso(entry.recordedAt) }]);
  return lists;
}

/**
 * The credit records of every merchant (or one), graded by the published rule now; a grade that
 * differs from the last one recorded is written to the history with its reasons.
 */
export async function creditRecords(db: Database, tenantId: string | null): Promise<CreditRecord[]> {
  const [rows, lists] = await Promise.all([db.query<FactsRow>(FACTS, [tenantId]), negativeLists(db, tenantId)]);
  const records: CreditRecord[] = [];
  for (const row of rows) {
    const rejected = Number(row.rejected);
    const decided = rejected + Number(row.released);
    const negativeList = lists.get(row.id) ?? [];
    const facts = {
      verifiedRegistration: row.status === 'active',
      profileCompleteness: profileCompleteness(row.profile),
      declarations: Number(row.declarations),
      rejectedDeclarations: rejected,
      rejectionRate: decided === 0 ? null : rejected / decided,
      complianceRefusals: Number(row.refusals),
      alertsOpen: Number(row.alerts_open),
      alertsHandled: Number(row.alerts_handled),
      negativeListEntries: negativeList.length,
    };
    const { grade, reasons } = gradeMerchant(CREDIT_RULE, facts);
    if (grade !== row.last_grade) {
      await db.query('INSERT INTO park_credit_grades (tenant_id, from_grade, to_grade, rule_version, reasons) VALUES ($1, $2, $3, $4, $5)', [
        row.id,
        row.last_grade,
        grade,
        CREDIT_RULE.version,
        JSON.stringify(reasons),
      ]);
    }
    records.push({ tenantId: row.id, merchantName: row.name, cluster: row.cluster, facts, negativeList, grade, reasons, rule: { version: CREDIT_RULE.version, publishedAt: CREDIT_RULE.publishedAt } });
  }
  return records;
}

export async function gradeHistory(q: Queryable, tenantId: string): Promise<GradeChange[]> {
  const rows = await q.query<GradeChange>(`SELECT at, from_grade AS "from", to_grade AS "to", rule_version AS "ruleVersion", reasons FROM park_credit_grades WHERE tenant_id = $1 ORDER BY id`, [
    tenantId,
  ]);
  return rows.map((row) => ({ ...row, at: iso(row.at) }));
}

export async function contests(q: Queryable, filter: { tenantId?: string; status?: string }): Promise<CreditContest[]> {
  const rows = await q.query<CreditContest>(
    `SELECT id, tenant_id AS "tenantId", subject, statement, at, status, answer, answered_at AS "answeredAt" FROM park_credit_contests
     WHERE ($1::text IS NULL OR tenant_id = $1) AND ($2::text IS NULL OR status = $2) ORDER BY at DESC`,
    [filter.tenantId ?? null, filter.status ?? null],
  );
  return rows.map((row) => ({ ...row, at: iso(row.at), answeredAt: row.answeredAt ? iso(row.answeredAt) : null }));
}
