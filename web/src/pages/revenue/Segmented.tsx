// A choice of a few values as a segmented control, each worded by the catalogue (`prefix.value`).
import { useTranslation } from 'react-i18next';

export function Segmented<Value extends string>({
  values,
  value,
  onChange,
  prefix,
  label,
  testId,
}: {
  values: readonly Value[];
  value: Value;
  onChange: (value: Value) => void;
  prefix: string;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="segmented segmented-nowrap"
      role="group"
      aria-label={label}
      data-testid={testId}
    >
      {values.map((v) => (
        <button
          key={v}
          type="button"
          className={value === v ? 'active' : ''}
          aria-pressed={value === v}
          onClick={() => onChange(v)}
          data-testid={`${testId}-${v}`}
        >
          {t(`${prefix}.${v}`)}
        </button>
      ))}
    </div>
  );
}
