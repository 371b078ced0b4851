// Last 30 / 90 days, as a segmented control (shared by the event volume and account usage).
import { useTranslation } from 'react-i18next';
import { RANGE_DAYS, type RangeDays } from '../lib/usage';

export function RangePicker({
  value,
  onChange,
  testId,
}: {
  value: RangeDays;
  onChange: (days: RangeDays) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('usage.range')} data-testid={testId}>
      {RANGE_DAYS.map((days) => (
        <button
          key={days}
          type="button"
          className={value === days ? 'active' : ''}
          aria-pressed={value === days}
          onClick={() => onChange(days)}
          data-testid={`${testId}-${days}`}
        >
          {t('usage.lastDays', { days })}
        </button>
      ))}
    </div>
  );
}

/** `?range=90` → 90; anything else → 30. */
export function readRange(value: string | null): RangeDays {
  return RANGE_DAYS.find((days) => String(days) === value) ?? RANGE_DAYS[0];
}
