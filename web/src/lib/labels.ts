// Values the server sends as data, worded for people: free-text industries through the
// catalogues (by a normalised key, the text itself when unknown), employee bands, and people by
// name or email rather than by an internal id.
import { EMPLOYEE_BANDS, type EmployeeBand } from '../api/types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The catalogue key of a free-text value: NFKC, lower case, every run of other characters than
 * a–z and 0–9 as one "_" ("Real estate" → "real_estate", "ＩＴ・Software" → "it_software").
 * Empty when nothing Latin is left (a Japanese value is shown as it is).
 */
export function normalisedKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** An industry in the UI language when the catalogues know it (enum.industry.<key>), else as typed. */
export function industryLabel(industry: string | null | undefined, t: Translate): string {
  const text = (industry ?? '').trim();
  if (!text) return '';
  const key = normalisedKey(text);
  return key ? t(`enum.industry.${key}`, { defaultValue: text }) : text;
}

/** "50〜249 名" / "50–249 employees"; an unknown band as sent. */
export function employeeBandLabel(band: string | null | undefined, t: Translate): string {
  if (!band) return '';
  return EMPLOYEE_BANDS.includes(band as EmployeeBand)
    ? t(`enum.employeeBand.${band}`, { defaultValue: band })
    : band;
}

export interface PersonLike {
  name?: string | null;
  email?: string | null;
}

/** A person as people know them: the name, else the email, else null (the caller says "unknown"). */
export function personLabel(person: PersonLike | null | undefined): string | null {
  const name = person?.name?.trim();
  if (name) return name;
  const email = person?.email?.trim();
  return email || null;
}
