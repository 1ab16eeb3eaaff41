import {
  PlatformError,
  type ContestAnswerRequest,
  type CreditContest,
  type CreditContestRequest,
  type CreditRecord,
  type CreditRuleResponse,
  type GradeChange,
  type MerchantCreditView,
  type NegativeListRequest,
} from '@tradewind/contract';
import { CREDIT_RULE, hasMerchantData, newId } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../../auth/routes.ts';
import type { Database } from '../../db/database.ts';
import type { ParkAdminGate } from './access.ts';
import { contests, creditRecords, gradeHistory } from './credit.ts';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const negativeBody = {
  type: 'object',
  additionalProperties: false,
  required: ['reason', 'source', 'listedOn'],
  properties: { reason: text(1000), source: text(200), listedOn: { type: 'string', format: 'date' } },
} as const;
const contestBody = {
  type: 'object',
  additionalProperties: false,
  required: ['subject', 'statement'],
  properties: { subject: { type: 'string', pattern: '^(grade|negative:[0-9a-f-]{36})$' }, statement: text(4000) },
} as const;
const answerBody = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'answer'],
  properties: { status: { type: 'string', enum: ['upheld', 'dismissed'] }, answer: text(4000) },
} as const;
const contestsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { type: 'string', enum: ['open', 'upheld', 'dismissed'] }, tenantId: { type: 'string', maxLength: 60 } },
} as const;

async function oneRecord(db: Database, tenantId: string): Promise<CreditRecord> {
  const [record] = await creditRecords(db, tenantId);
  if (!record) throw new PlatformError(404, 'unknown_merchant', 'No merchant with this id');
  return record;
}

/** Credit: the park administrator's records, negative list and contests; the merchant's own view and contest. */
export function registerCreditRoutes(app: FastifyInstance, gate: ParkAdminGate, authenticate: Authenticate, db: Database): void {
  app.get<{ Reply: CreditRuleResponse }>('/api/park/credit/rule', async (request) => {
    await gate(request, { subject: 'credit', action: 'rule' });
    return CREDIT_RULE;
  });

  app.get<{ Reply: CreditRecord[] }>('/api/park/credit', async (request) => {
    await gate(request, { subject: 'credit', action: 'list' });
    return creditRecords(db, null);
  });

  app.get<{ Querystring: { status?: string; tenantId?: string }; Reply: CreditContest[] }>('/api/park/credit/contests', { schema: { querystring: contestsQuery } }, async (request) => {
    await gate(request, { subject: 'credit', action: 'contests', detail: { ...request.query } });
    return contests(db, request.query);
  });

  app.post<{ Params: { id: string }; Body: ContestAnswerRequest; Reply: CreditContest }>('/api/park/credit/contests/:id/answer', { schema: { body: answerBody } }, async (request) => {
    const caller = await gate(request, { subject: 'credit', action: 'answer', documentId: request.params.id, detail: { status: request.body.status } });
    const [answered] = await db.query<{ tenant_id: string }>(
      `UPDATE park_credit_contests SET status = $2, answer = $3, answered_by = $4, answered_at = now() WHERE id = $1 AND status = 'open' RETURNING tenant_id`,
      [request.params.id, request.body.status, request.body.answer, caller.userId],
    );
    if (!answered) {
      const [exists] = await db.query('SELECT 1 FROM park_credit_contests WHERE id = $1', [request.params.id]);
      throw exists ? new PlatformError(409, 'contest_answered', 'This contest was already answered') : new PlatformError(404, 'unknown_contest', 'No contest with this id');
    }
    return (await contests(db, { tenantId: answered.tenant_id })).find((contest) => contest.id === request.params.id)!;
  });

  app.get<{ Params: { tenantId: string }; Reply: CreditRecord }>('/api/park/credit/:tenantId', async (request) => {
    await gate(request, { subject: 'credit', action: 'view', documentId: request.params.tenantId });
    return oneRecord(db, request.params.tenantId);
  });

  app.get<{ Params: { tenantId: string }; Reply: GradeChange[] }>('/api/park/credit/:tenantId/history', async (request) => {
    await gate(request, { subject: 'credit', action: 'history', documentId: request.params.tenantId });
    await oneRecord(db, request.params.tenantId);
    return gradeHistory(db, request.params.tenantId);
  });

  app.post<{ Params: { tenantId: string }; Body: NegativeListRequest; Reply: CreditRecord }>('/api/park/credit/:tenantId/negative-list', { schema: { body: negativeBody } }, async (request) => {
    const caller = await gate(request, { subject: 'credit', action: 'negative-list', documentId: request.params.tenantId, detail: { source: request.body.source, listedOn: request.body.listedOn } });
    await oneRecord(db, request.params.tenantId);
    await db.query('INSERT INTO park_negative_list (id, tenant_id, reason, source, listed_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)', [
      newId(),
      request.params.tenantId,
      request.body.reason,
      request.body.source,
      request.body.listedOn,
      caller.userId,
    ]);
    return oneRecord(db, request.params.tenantId);
  });

  const merchantOf = async (request: Parameters<Authenticate>[0]) => {
    const caller = await authenticate(request);
    if (!hasMerchantData(caller.role) || !caller.tenantId) throw new PlatformError(403, 'merchant_only', 'Only a merchant has a credit record');
    return { ...caller, tenantId: caller.tenantId };
  };

  app.get<{ Reply: MerchantCreditView }>('/api/me/credit', async (request) => {
    const { tenantId } = await merchantOf(request);
    const record = await oneRecord(db, tenantId);
    return { record, history: await gradeHistory(db, tenantId), contests: await contests(db, { tenantId }) };
  });

  app.post<{ Body: CreditContestRequest; Reply: CreditContest }>('/api/me/credit/contest', { schema: { body: contestBody } }, async (request, reply) => {
    const caller = await merchantOf(request);
    if (caller.role !== 'merchant_owner') throw new PlatformError(403, 'forbidden', 'Only the account owner may contest the credit record');
    const { subject, statement } = request.body;
    if (subject.startsWith('negative:')) {
      const [entry] = await db.query('SELECT 1 FROM park_negative_list WHERE id = $1 AND tenant_id = $2', [subject.slice('negative:'.length), caller.tenantId]);
      if (!entry) throw new PlatformError(400, 'bad_request', 'No entry of your negative list has this id');
    }
    const id = newId();
    await db.query('INSERT INTO park_credit_contests (id, tenant_id, user_id, subject, statement) VALUES ($1, $2, $3, $4, $5)', [id, caller.tenantId, caller.userId, subject, statement]);
    const contest = (await contests(db, { tenantId: caller.tenantId })).find((row) => row.id === id)!;
    return reply.status(201).send(contest);
  });
}
