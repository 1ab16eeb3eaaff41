import { Button, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { PAGE_SIZE, pageOf } from './page-of.ts';

export interface ListScreenProps<Row> {
  title: string;
  /** Buttons and links beside the title. */
  actions?: ReactNode;
  /** The primary action after them: a link to the form that makes a new row. */
  create?: { to: string; label: string; testId: string };
  /** Filters, counts and summaries between the title and the table. */
  toolbar?: ReactNode;
  /** Null while the rows are still being read. */
  rows: readonly Row[] | null;
  /** The row's `id` unless given. */
  rowKey?: (row: Row) => string;
  columns: TableColumnsType<Row>;
  empty: string;
  /** Where a click on a row leads; rows are not links without it. */
  rowHref?: (row: Row) => string;
  rowTestId?: (row: Row) => string;
  /** The filter the rows come from: the list goes back to its first page when it changes. */
  filter?: unknown;
  size?: 'small' | 'middle';
}

/** The shape every list screen shares: a title with actions, a toolbar, one paged table of rows. */
export function ListScreen<Row extends object>({ title, actions, create, toolbar, rows, rowKey, columns, empty, rowHref, rowTestId, filter, size }: ListScreenProps<Row>) {
  const navigate = useNavigate();
  const [paging, setPaging] = useState({ page: 1, filter });
  if (paging.filter !== filter) setPaging({ page: 1, filter });
  const page = pageOf(rows ?? [], paging.page);
  const onRow = (row: Row) =>
    ({
      ...(rowHref && { onClick: () => navigate(rowHref(row)), style: { cursor: 'pointer' } }),
      ...(rowTestId && { 'data-testid': rowTestId(row) }),
    }) as never;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {(actions || create) && (
          <Space wrap>
            {actions}
            {create && (
              <Link to={create.to}>
                <Button type="primary" data-testid={create.testId}>
                  {create.label}
                </Button>
              </Link>
            )}
          </Space>
        )}
      </Space>
      {toolbar}
      <Table<Row>
        rowKey={rowKey ?? 'id'}
        loading={rows === null}
        dataSource={page.rows as Row[]}
        size={size}
        pagination={{
          current: page.current,
          pageSize: PAGE_SIZE,
          total: rows?.length ?? 0,
          onChange: (next) => setPaging({ page: next, filter }),
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        locale={{ emptyText: <Empty description={empty} /> }}
        onRow={onRow}
        scroll={{ x: true }}
        columns={columns}
      />
    </Space>
  );
}
