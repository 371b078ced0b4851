// A titled card holding a table of rows, or an empty state when there are none.
import type { ReactNode } from 'react';
import { Empty } from './States';
import type { IconName } from './Icon';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export function TableCard(props: {
  title: string;
  columns: TableColumn[];
  empty: { icon: IconName; title: string } | null; // null: there are rows
  testId: string;
  children: ReactNode; // the <tr> rows
  /** Beside the title: a button that adds a row, say. */
  action?: ReactNode;
}) {
  const { title, columns, empty, testId, children, action } = props;
  return (
    <section className="card">
      {action ? (
        <div className="card-head">
          <h2 className="card-head-title">{title}</h2>
          {action}
        </div>
      ) : (
        <h2 className="card-title">{title}</h2>
      )}
      {empty ? (
        <Empty icon={empty.icon} title={empty.title} />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid={testId}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.label} className={c.numeric ? 'num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
