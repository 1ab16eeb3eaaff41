import type { ParkFigure, ParkStatistics } from '@tradewind/contract';
import { minorUnitDigits, PARK_DIMENSIONS, type ParkDimension } from '@tradewind/domain';
import ExcelJS from 'exceljs';

export const WORKBOOK_LANGUAGES = ['zh-CN', 'en'] as const;
export type WorkbookLanguage = (typeof WORKBOOK_LANGUAGES)[number];

const LABELS: Record<
  WorkbookLanguage,
  Record<ParkDimension | 'summary' | 'key' | 'orders' | 'merchants' | 'valueUsd' | 'valueCny' | 'figure' | 'amount', string> & { figures: Record<string, string> }
> = {
  'zh-CN': {
    summary: '概览',
    month: '月份',
    cluster: '产业集群',
    mode: '监管方式',
    market: '目的市场',
    channel: '渠道',
    hsChapter: 'HS 章',
    key: '项目',
    orders: '订单数',
    merchants: '商户数',
    valueUsd: '出口额（美元）',
    valueCny: '出口额（人民币）',
    figure: '指标',
    amount: '数值',
    figures: {
      period: '期间',
      ratesDate: '汇率日期',
      active: '活跃商户',
      registrations: '新注册',
      declarations: '申报单',
      rejected: '退单',
      rejectionRate: '退单率',
      medianClearanceHours: '通关时间中位数（小时）',
    },
  },
  en: {
    summary: 'Summary',
    month: 'Month',
    cluster: 'Cluster',
    mode: 'Customs mode',
    market: 'Destination market',
    channel: 'Channel',
    hsChapter: 'HS chapter',
    key: 'Item',
    orders: 'Orders',
    merchants: 'Merchants',
    valueUsd: 'Export value (USD)',
    valueCny: 'Export value (CNY)',
    figure: 'Figure',
    amount: 'Value',
    figures: {
      period: 'Period',
      ratesDate: 'Rates of',
      active: 'Active merchants',
      registrations: 'New registrations',
      declarations: 'Declarations',
      rejected: 'Rejected',
      rejectionRate: 'Rejection rate',
      medianClearanceHours: 'Median clearance time (hours)',
    },
  },
};

const major = (minor: number | null, currency: string) => (minor === null ? null : minor / 10 ** minorUnitDigits(currency));

function figureSheet(book: ExcelJS.Workbook, title: string, figures: ParkFigure[], labels: (typeof LABELS)[WorkbookLanguage], currencies: string[]) {
  const sheet = book.addWorksheet(title);
  sheet.addRow([labels.key, labels.orders, labels.merchants, labels.valueUsd, labels.valueCny, ...currencies]).font = { bold: true };
  for (const figure of figures) {
    sheet.addRow([
      figure.key,
      figure.orders,
      figure.merchants,
      major(figure.valueUsd, 'USD'),
      major(figure.valueCny, 'CNY'),
      ...currencies.map((currency) => major(figure.value[currency] ?? 0, currency)),
    ]);
  }
  sheet.columns.forEach((column) => (column.width = 18));
}

/** The dashboard as a workbook: a summary sheet and one sheet per breakdown, amounts in major units. */
export async function statisticsWorkbook(statistics: ParkStatistics, language: WorkbookLanguage): Promise<Buffer> {
  const labels = LABELS[language];
  const book = new ExcelJS.Workbook();
  book.creator = 'Tradewind';
  const { query, declarations, merchants } = statistics;
  const summary = book.addWorksheet(labels.summary);
  summary.addRow([labels.figure, labels.amount]).font = { bold: true };
  const currencies = Object.keys(statistics.exports.total.value).sort();
  const rows: [string, string | number | null][] = [
    [labels.figures.period!, `${query.from ?? '…'} – ${query.to ?? '…'}`],
    [labels.figures.ratesDate!, statistics.ratesDate],
    [labels.orders, statistics.exports.total.orders],
    [labels.valueUsd, major(statistics.exports.total.valueUsd, 'USD')],
    [labels.valueCny, major(statistics.exports.total.valueCny, 'CNY')],
    ...currencies.map((currency): [string, number | null] => [currency, major(statistics.exports.total.value[currency]!, currency)]),
    [labels.figures.active!, merchants.active],
    [labels.figures.registrations!, merchants.newRegistrations],
    [labels.figures.declarations!, declarations.total],
    [labels.figures.rejected!, declarations.rejected],
    [labels.figures.rejectionRate!, declarations.rejectionRate],
    [labels.figures.medianClearanceHours!, declarations.medianClearanceHours],
  ];
  for (const row of rows) summary.addRow(row);
  summary.columns.forEach((column) => (column.width = 28));
  for (const dimension of PARK_DIMENSIONS) figureSheet(book, labels[dimension], statistics.exports[dimension], labels, currencies);
  return Buffer.from(await book.xlsx.writeBuffer());
}
