// A select of the journey stages, grouped under their moments of truth (ZMOT … 解約).
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByMoment, stageName } from '../lib/journey';
import { useStages } from './StagesContext';

export function StageSelect(props: {
  value: string;
  onChange: (key: string) => void;
  /** The first option, with the empty value ("all stages", "choose a stage"). */
  placeholder?: string;
  /** A stage not to offer (the one the account is in). */
  disabledKey?: string | null;
  label: string;
  testId: string;
  className?: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { stages } = useStages();
  const {
    value,
    onChange,
    placeholder,
    disabledKey,
    label,
    testId,
    className = 'select',
    invalid,
    describedBy,
    disabled,
  } = props;
  const known = stages?.some((s) => s.key === value) ?? false;
  return (
    <select
      className={`${className} ${invalid ? 'input-error' : ''}`}
      value={value}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
      aria-label={label}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      disabled={disabled}
      data-testid={testId}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {/* A value the list does not have (a deleted stage, in an address) stays visible as its key. */}
      {value && !known && <option value={value}>{value}</option>}
      {groupByMoment(stages ?? []).map((group) => (
        <optgroup key={group.moment} label={t(`enum.momentOfTruth.${group.moment}`)}>
          {group.stages.map((stage) => (
            <option key={stage.key} value={stage.key} disabled={stage.key === disabledKey}>
              {stageName(stage, lang)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
