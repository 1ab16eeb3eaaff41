import { Empty, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { rowTestId } from './row-test-id.ts';

export interface DataTableProps<Row> extends Omit<TableProps<Row>, 'size' | 'pagination' | 'locale'> {
  /** Rows a page holds; without it every row is on one page. */
  pageSize?: number;
  /** What the table says when it has no rows. */
  empty?: ReactNode;
  /** The `data-testid` of each row, for tests that find a row by what it shows. */
  testIdOf?: (row: Row) => string;
  /** A query whose rows the table shows, spinning while it loads. */
  query?: { isLoading: boolean; data?: readonly Row[] };
}

/** The app's table: compact, on one page unless `pageSize` splits it (the pager hides while one page is enough), its rows given or a query's. */
export function DataTable<Row extends object>({ pageSize, empty, testIdOf, query, ...table }: DataTableProps<Row>) {
  return (
    <Table<Row>
      size="small"
      pagination={pageSize === undefined ? false : { pageSize, hideOnSinglePage: true }}
      locale={empty === undefined ? undefined : { emptyText: <Empty description={empty} /> }}
      onRow={testIdOf && rowTestId(testIdOf)}
      loading={query?.isLoading}
      dataSource={query && (query.data ?? [])}
      {...table}
    />
  );
}
