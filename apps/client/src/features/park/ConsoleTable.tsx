import { DataTable, type DataTableProps } from '../../components/DataTable.tsx';

/** A console list: ten rows a page, scrolling sideways where its columns are wider than the screen. */
export function ConsoleTable<Row extends object>(props: DataTableProps<Row>) {
  return <DataTable<Row> pageSize={10} scroll={{ x: true }} {...props} />;
}
