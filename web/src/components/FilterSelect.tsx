// A toolbar filter: a select whose first option, the empty value, means "all".
export interface FilterOption {
  value: string | number;
  label: string;
}

export function FilterSelect({
  value,
  onChange,
  label,
  allLabel,
  testId,
  options,
}: {
  value: string | number | null | undefined;
  onChange: (value: string) => void;
  label: string;
  allLabel: string;
  testId: string;
  options: FilterOption[];
}) {
  return (
    <select
      className="select"
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value)}
      aria-label={label}
      data-testid={testId}
    >
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

// The saved segments as options; a segment asked for in the address that is gone (deleted) is
// still listed, so the select says what is asked.
export function segmentOptions(
  segments: { id: number; name: string }[],
  selected: number | null | undefined,
  t: (key: string, options?: Record<string, unknown>) => string,
): FilterOption[] {
  const options: FilterOption[] = segments.map((s) => ({ value: s.id, label: s.name }));
  if (selected != null && !segments.some((s) => s.id === selected))
    options.push({ value: selected, label: t('segments.unknown', { id: selected }) });
  return options;
}
