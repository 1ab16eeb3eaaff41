import { DataTable, type DataTableProps } from '../../components/DataTable.tsx';

/** A customs desk list of documents: keyed by id, twenty a page, scrolling sideways where its columns are wider than the screen. */
export function DeskTable<Row extends { id: string }>(props: DataTableProps<Row>) {
  return <DataTable<Row> rowKey="id" pageSize={20} scroll={{ x: true }} {...props} />;
}
