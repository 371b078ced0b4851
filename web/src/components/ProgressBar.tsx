// Progress 0–1 as a bar with its percentage (plans, objectives, KPIs), readable by screen readers.
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../lib/usage';

export function ProgressBar({
  value,
  label,
  testId,
  size = 'md',
}: {
  value: number;
  label?: string;
  testId?: string;
  size?: 'sm' | 'md';
}) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  const text = formatPercent(clamped, lang);
  return (
    <span
      className={`progress progress-${size}`}
      data-testid={testId}
      data-value={clamped.toFixed(3)}
    >
      <span
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-valuetext={text}
      >
        <span
          className={`progress-fill ${clamped >= 1 ? 'progress-done' : ''}`}
          style={{ width: `${clamped * 100}%` }}
        />
      </span>
      <span className="progress-text">{text}</span>
    </span>
  );
}
