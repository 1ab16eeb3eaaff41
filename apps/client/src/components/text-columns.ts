import type { TableColumnType } from 'antd';
import type { TFunction } from 'i18next';

/** Columns that show each field as it is, each titled by the translation `<prefix>.<field>`. */
export function textColumns<Row extends object>(t: TFunction, prefix: string, fields: readonly (keyof Row & string)[]): TableColumnType<Row>[] {
  return fields.map((field) => ({ title: t(`${prefix}.${field}`), dataIndex: field }));
}
