import { PARK_XLSX_TYPE, type ParkDrillDown, type ParkDrillQuery, type ParkStatistics, type ParkStatisticsQuery } from '@tradewind/contract';
import { DECLARATION_STAGES, PARK_DIMENSIONS } from '@tradewind/domain';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.ts';
import { latestRateTable } from '../../rates/rate-tables.ts';
import type { ParkAdminGate } from './access.ts';
import { parkDrillDown } from './drill-down.ts';
import { statisticsQuerySchema, toFilter } from './filter.ts';
import { parkStatistics } from './statistics.ts';
import { statisticsWorkbook, WORKBOOK_LANGUAGES, type WorkbookLanguage } from './workbook.ts';

const statisticsQuery = { type: 'object', additionalProperties: false, properties: statisticsQuerySchema } as const;
const workbookQuery = { type: 'object', additionalProperties: false, properties: { ...statisticsQuerySchema, lang: { type: 'string', enum: WORKBOOK_LANGUAGES, default: 'zh-CN' } } } as const;
const drillQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['figure'],
  properties: {
    ...statisticsQuerySchema,
    figure: { type: 'string', enum: ['exports', 'declarations', 'rejections', 'registrations', 'active'] },
    dimension: { type: 'string', enum: PARK_DIMENSIONS },
    key: { type: 'string', maxLength: 40 },
    stage: { type: 'string', enum: DECLARATION_STAGES },
  },
} as const;

/** The dashboard, its drill-downs and its workbook: park administrator only, each call audited. */
export function registerStatisticsRoutes(app: FastifyInstance, gate: ParkAdminGate, db: Database): void {
  app.get<{ Querystring: ParkStatisticsQuery; Reply: ParkStatistics }>('/api/park/statistics', { schema: { querystring: statisticsQuery } }, async (request) => {
    await gate(request, { subject: 'statistics', action: 'view', detail: { ...request.query } });
    return parkStatistics(db, toFilter(request.query), await latestRateTable(db));
  });

  app.get<{ Querystring: ParkDrillQuery; Reply: ParkDrillDown }>('/api/park/statistics/merchants', { schema: { querystring: drillQuery } }, async (request) => {
    await gate(request, { subject: 'statistics', action: 'drill', detail: { ...request.query } });
    return parkDrillDown(db, request.query, await latestRateTable(db));
  });

  app.get<{ Querystring: ParkStatisticsQuery & { lang: WorkbookLanguage } }>('/api/park/statistics.xlsx', { schema: { querystring: workbookQuery } }, async (request, reply) => {
    await gate(request, { subject: 'statistics', action: 'export', detail: { ...request.query } });
    const { lang, ...query } = request.query;
    const workbook = await statisticsWorkbook(await parkStatistics(db, toFilter(query), await latestRateTable(db)), lang);
    return reply
      .type(PARK_XLSX_TYPE)
      .header('content-disposition', `attachment; filename="park-statistics-${query.from ?? 'all'}-${query.to ?? 'all'}.xlsx"`)
      .send(workbook);
  });
}
