// A figure's definition as the server names it (a text key: "retention.nrr.cohort_end_mrr_over_
// start_mrr"), worded in the user's language under `definition.` in the catalogues.
import { useTranslation } from 'react-i18next';
import type { Translate } from '../lib/errorText';

/** The words of a definition key; the key itself when the catalogue has none (never blank). */
export function definitionText(key: string, t: Translate): string {
  return t(`definition.${key}`, { defaultValue: key });
}

/** The definitions of an answer, each after its figure's name (`<scope>.<figure>`). */
export function DefinitionList({
  definition,
  nameOf,
  testId = 'definitions',
}: {
  definition: Record<string, string>;
  nameOf: (figure: string) => string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <dl className="definitions" data-testid={testId}>
      {Object.entries(definition).map(([figure, key]) => (
        <div key={figure} className="definition" data-figure={figure}>
          <dt>{nameOf(figure)}</dt>
          <dd>{definitionText(key, t)}</dd>
        </div>
      ))}
    </dl>
  );
}
