// The account list's ARR range: two amounts typed in the reporting currency's own unit, applied
// on Enter or when the field is left. The inputs follow the address (Back, clearing filters).
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { arrRangeText, parseArrRange, type ArrRange, type ArrRangeText } from './arrRange';

export function ArrRangeFilter({
  range,
  onChange,
}: {
  range: ArrRange;
  onChange: (range: ArrRange) => void;
}) {
  const { t } = useTranslation();
  const currency = useRevenueSettings().reportingCurrency;
  const [text, setText] = useState<ArrRangeText>({ min: '', max: '' });
  const [problems, setProblems] = useState<Partial<ArrRangeText>>({});

  const { min, max } = range;
  useEffect(() => {
    if (!currency) return;
    setText(arrRangeText({ min, max }, currency));
    setProblems({});
  }, [min, max, currency]);

  function apply() {
    if (!currency) return;
    const result = parseArrRange(text, currency, t);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    if (result.range.min !== min || result.range.max !== max) onChange(result.range);
  }
  const onKeyDown = (e: KeyboardEvent) => e.key === 'Enter' && apply();
  const label = t('accounts.filter.arr', { currency: currency ?? '…' });
  const problem = problems.min ?? problems.max;

  const input = (bound: keyof ArrRangeText) => (
    <input
      type="text"
      inputMode="decimal"
      className={`arr-range-input ${problems[bound] ? 'input-error' : ''}`}
      value={text[bound]}
      onChange={(e) => setText((prev) => ({ ...prev, [bound]: e.target.value }))}
      onBlur={apply}
      onKeyDown={onKeyDown}
      placeholder={t(`accounts.filter.arr_${bound}`)}
      aria-label={`${label} ${t(`accounts.filter.arr_${bound}`)}`}
      aria-invalid={problems[bound] ? true : undefined}
      disabled={!currency}
      data-testid={`filter-arr-${bound}`}
    />
  );
  return (
    <div className="arr-range" role="group" aria-label={label} data-testid="filter-arr">
      <span className="arr-range-label">{label}</span>
      {input('min')}
      <span className="arr-range-dash" aria-hidden="true">
        〜
      </span>
      {input('max')}
      {problem && (
        <span className="field-error" role="alert" data-testid="filter-arr-error">
          {problem}
        </span>
      )}
    </div>
  );
}
