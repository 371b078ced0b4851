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
}) {
  const { title, columns, empty, testId, children } = props;
  return (
    <section className="card">
      <h2 className="card-title">{title}</h2>
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
