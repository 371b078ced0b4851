// A scorecard's definition as its editor holds it (numbers as typed), the checks the server makes
// (health::Validate: at least one measure, each once, a weight in (0, 1000], at least two
// thresholds in ascending order with scores 0–100; bands red, yellow, green from 0 to 100) with
// the problems named by the server's own paths (`measures[2].thresholds[1].at`), and the
// definition PUT /draft, preview and backtest take. The bands are edited as the two boundaries
// between them (red below yellow, yellow below green), so a band's problem is its boundary's.
import type {
  HealthMeasure,
  MeasureInfo,
  MeasureUnit,
  MissingRule,
  Normalisation,
  Scorecard,
  ScorecardDefinition,
} from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';

export interface ThresholdDraft {
  at: string;
  score: string;
}
export interface MeasureDraft {
  measure: HealthMeasure;
  weight: string;
  normalisation: Normalisation;
  thresholds: ThresholdDraft[];
  missing: MissingRule;
}
export interface ScorecardDraft {
  measures: MeasureDraft[];
  /** Where yellow starts (red is below it). */
  yellowFrom: string;
  /** Where green starts (yellow is below it). */
  greenFrom: string;
}

export const MAX_WEIGHT = 1000;
const DEFAULT_BANDS = { yellowFrom: 40, greenFrom: 70 };

/** The definition the editor starts from: the draft when there is one, else the version in force. */
export function editedDefinition(scorecard: Scorecard): ScorecardDefinition | null {
  return scorecard.draft?.definition ?? scorecard.published?.definition ?? null;
}

export function scorecardDraft(definition: ScorecardDefinition | null): ScorecardDraft {
  const bands = definition?.bands ?? [];
  const from = (band: 'yellow' | 'green') =>
    String(bands.find((b) => b.band === band)?.from ?? DEFAULT_BANDS[`${band}From`]);
  return {
    measures: (definition?.measures ?? []).map((m) => ({
      measure: m.measure,
      weight: String(m.weight ?? 1),
      normalisation: m.normalisation ?? 'thresholds',
      thresholds: (m.thresholds ?? []).map((p) => ({ at: String(p.at), score: String(p.score) })),
      missing: m.missing ?? 'leave_out',
    })),
    yellowFrom: from('yellow'),
    greenFrom: from('green'),
  };
}

// A plausible range of raw values per unit, for the two thresholds a new measure starts with.
const UNIT_RANGE: Record<MeasureUnit, [number, number]> = {
  percent: [0, 100],
  days: [0, 90],
  count: [0, 5],
  score: [0, 10],
  points: [-5, 5],
  flag: [0, 1],
  level: [0, 3],
  ratio: [0.5, 2],
};

/** A measure as added: weight 5, its unit's range mapped to 0–100 the way it points, left out when missing. */
export function newMeasure(info: MeasureInfo): MeasureDraft {
  const [low, high] = UNIT_RANGE[info.unit];
  const [lowScore, highScore] = info.higher_is_better ? ['0', '100'] : ['100', '0'];
  return {
    measure: info.measure,
    weight: '5',
    normalisation: 'thresholds',
    thresholds: [
      { at: String(low), score: lowScore },
      { at: String(high), score: highScore },
    ],
    missing: 'leave_out',
  };
}

/** The measures not in the scorecard yet, in the server's order. */
export function unusedMeasures(draft: ScorecardDraft, all: readonly MeasureInfo[]): MeasureInfo[] {
  const used = new Set(draft.measures.map((m) => m.measure));
  return all.filter((info) => !used.has(info.measure));
}

/** A number as typed, or null ('' and text are not numbers). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function scorecardProblems(draft: ScorecardDraft, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (draft.measures.length === 0) problems.measures = t('scorecards.problem.noMeasures');
  draft.measures.forEach((m, i) => {
    const path = `measures[${i}]`;
    if (draft.measures.findIndex((other) => other.measure === m.measure) !== i)
      problems[`${path}.measure`] = t('scorecards.problem.twice');
    const weight = parseNumber(m.weight);
    if (weight === null || weight <= 0 || weight > MAX_WEIGHT)
      problems[`${path}.weight`] = t('scorecards.problem.weight', { max: MAX_WEIGHT });
    if (m.normalisation !== 'thresholds') return;
    if (m.thresholds.length < 2) problems[`${path}.thresholds`] = t('scorecards.problem.twoPoints');
    let before: number | null = null;
    m.thresholds.forEach((p, k) => {
      const at = parseNumber(p.at);
      const score = parseNumber(p.score);
      const point = `${path}.thresholds[${k}]`;
      if (at === null) problems[`${point}.at`] = t('scorecards.problem.number');
      else if (before !== null && !(at > before))
        problems[`${point}.at`] = t('scorecards.problem.ascending');
      if (score === null || score < 0 || score > 100)
        problems[`${point}.score`] = t('scorecards.problem.score');
      if (at !== null) before = at;
    });
  });
  const yellow = parseNumber(draft.yellowFrom);
  const green = parseNumber(draft.greenFrom);
  if (yellow === null || yellow <= 0 || yellow >= 100)
    problems.yellowFrom = t('scorecards.problem.boundary');
  if (green === null || green <= 0 || green >= 100)
    problems.greenFrom = t('scorecards.problem.boundary');
  else if (yellow !== null && !(green > yellow))
    problems.greenFrom = t('scorecards.problem.greenAboveYellow');
  return problems;
}

/** The definition as the API takes it; only for a draft without problems. */
export function scorecardDefinition(draft: ScorecardDraft): ScorecardDefinition {
  const num = (text: string) => parseNumber(text) ?? 0;
  const yellow = num(draft.yellowFrom);
  const green = num(draft.greenFrom);
  return {
    measures: draft.measures.map((m) => ({
      measure: m.measure,
      weight: num(m.weight),
      normalisation: m.normalisation,
      // A percentile measure keeps no thresholds: its rank in the tier is its score.
      thresholds:
        m.normalisation === 'thresholds'
          ? m.thresholds.map((p) => ({ at: num(p.at), score: num(p.score) }))
          : [],
      missing: m.missing,
    })),
    bands: [
      { band: 'red', from: 0, to: yellow },
      { band: 'yellow', from: yellow, to: green },
      { band: 'green', from: green, to: 100 },
    ],
  };
}

/**
 * The editor's field for a field the server names: `definition.measures[2].weight` →
 * `measures[2].weight`; a band's edge → the boundary it is (`bands[0].to` → yellowFrom).
 */
export function editorField(serverField: string): string | null {
  const field = serverField.replace(/^definition\./, '');
  if (/^measures(\[\d+\](\.\w+(\[\d+\](\.\w+)?)?)?)?$/.test(field)) return field;
  const band = /^bands\[(\d)\]\.(from|to)$/.exec(field);
  const boundary = band ? Number(band[1]) + (band[2] === 'to' ? 1 : 0) : null;
  if (boundary === 1) return 'yellowFrom';
  if (boundary === 2) return 'greenFrom';
  return null;
}
