// A KPI's current value, typed in place: kept as typed (so that "1." or "-" can be typed) and
// given to the plan only when it is a number that fits the unit (lib/kpiUnits: whole people,
// 0–100 %, no negative money); otherwise the field says what is wrong.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../api';
import { kpiKind, kpiValueProblem } from '../../lib/kpiUnits';
import { parseNumber } from './PlanItemForms';

/** The current value as typed (so that "1." or "-" can be typed), the number given up only when it is one. */
export function CurrentInput({
  kpi,
  onChange,
  label,
  invalid,
}: {
  kpi: Kpi;
  onChange: (current: number | null) => void;
  label: string;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(kpi.current === null ? '' : String(kpi.current));
  // Only what is typed here is checked: a value read from the server is shown as it is.
  const [typed, setTyped] = useState(false);
  const kind = kpiKind(kpi);
  /** The message of what is wrong with the text typed; null when the plan can take it. */
  const problemOf = (input: string): string | null => {
    const value = parseNumber(input);
    if (value === null) return null;
    return kpiValueProblem(value, kind);
  };
  // A reload or a discard changes the value from outside: show it.
  useEffect(() => {
    if (parseNumber(text) !== kpi.current && !(typed && problemOf(text))) {
      setText(kpi.current === null ? '' : String(kpi.current));
      setTyped(false);
    }
  }, [kpi.current]);
  const problem = typed ? problemOf(text) : null;
  return (
    <span className="current-input">
      <span className="current-input-row">
        <input
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTyped(true);
            if (!problemOf(e.target.value)) onChange(parseNumber(e.target.value));
          }}
          aria-label={label}
          aria-invalid={problem || invalid ? true : undefined}
          className={`num-input ${problem || invalid ? 'input-error' : ''}`}
          placeholder="—"
          data-testid="kpi-current"
        />
        {kpi.unit && <span className="unit">{kpi.unit}</span>}
      </span>
      {problem && (
        <span className="field-error" role="alert" data-testid="kpi-current-error">
          {t(problem)}
        </span>
      )}
    </span>
  );
}
