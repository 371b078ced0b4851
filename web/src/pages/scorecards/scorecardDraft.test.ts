import { describe, expect, it } from 'vitest';
import type { MeasureInfo, ScorecardDefinition } from '../../api';
import i18n from '../../i18n';
import {
  editorField,
  newMeasure,
  scorecardDefinition,
  scorecardDraft,
  scorecardProblems,
  unusedMeasures,
} from './scorecardDraft';

const t = i18n.getFixedT('en');

const definition: ScorecardDefinition = {
  measures: [
    {
      measure: 'open_tickets',
      weight: 30,
      normalisation: 'thresholds',
      thresholds: [
        { at: 0, score: 100 },
        { at: 3, score: 0 },
      ],
      missing: 'neutral',
    },
    {
      measure: 'nps_latest',
      weight: 25,
      normalisation: 'percentile',
      thresholds: [],
      missing: 'leave_out',
    },
  ],
  bands: [
    { band: 'red', from: 0, to: 40 },
    { band: 'yellow', from: 40, to: 70 },
    { band: 'green', from: 70, to: 100 },
  ],
};

describe('scorecardDraft', () => {
  it('holds numbers as typed and the bands as two boundaries', () => {
    const draft = scorecardDraft(definition);
    expect(draft.yellowFrom).toBe('40');
    expect(draft.greenFrom).toBe('70');
    expect(draft.measures[0]).toEqual({
      measure: 'open_tickets',
      weight: '30',
      normalisation: 'thresholds',
      thresholds: [
        { at: '0', score: '100' },
        { at: '3', score: '0' },
      ],
      missing: 'neutral',
    });
  });

  it('sends back exactly the definition it was made from', () => {
    expect(scorecardDefinition(scorecardDraft(definition))).toEqual(definition);
  });

  it('sends the bands from the boundaries typed, and no thresholds for a percentile', () => {
    const draft = scorecardDraft(definition);
    draft.yellowFrom = '35';
    draft.greenFrom = '75.5';
    draft.measures[1]!.thresholds = [{ at: '1', score: '2' }];
    const sent = scorecardDefinition(draft);
    expect(sent.bands).toEqual([
      { band: 'red', from: 0, to: 35 },
      { band: 'yellow', from: 35, to: 75.5 },
      { band: 'green', from: 75.5, to: 100 },
    ]);
    expect(sent.measures[1]!.thresholds).toEqual([]);
  });
});

describe('scorecardProblems', () => {
  it('finds nothing wrong with a valid definition', () => {
    expect(scorecardProblems(scorecardDraft(definition), t)).toEqual({});
  });

  it("names each problem by the server's path", () => {
    const draft = scorecardDraft(definition);
    draft.measures[0]!.weight = '0';
    draft.measures[0]!.thresholds = [
      { at: '5', score: '100' },
      { at: '5', score: '120' },
      { at: 'x', score: '' },
    ];
    draft.measures[1]!.measure = 'open_tickets';
    draft.yellowFrom = '80';
    draft.greenFrom = '70';
    expect(scorecardProblems(draft, t)).toEqual({
      'measures[0].weight': 'Enter a number above 0 and at most 1000.',
      'measures[0].thresholds[1].at': 'Must be greater than the point before it.',
      'measures[0].thresholds[1].score': 'Enter a number from 0 to 100.',
      'measures[0].thresholds[2].at': 'Enter a number.',
      'measures[0].thresholds[2].score': 'Enter a number from 0 to 100.',
      'measures[1].measure': 'This measure is in the scorecard twice.',
      greenFrom: 'Must be above where yellow starts.',
    });
  });

  it('asks for a measure, two thresholds, and boundaries inside 0–100', () => {
    const empty = scorecardDraft({ ...definition, measures: [] });
    empty.yellowFrom = '0';
    empty.greenFrom = '100';
    expect(scorecardProblems(empty, t)).toEqual({
      measures: 'Add at least one measure.',
      yellowFrom: 'Enter a number above 0 and below 100.',
      greenFrom: 'Enter a number above 0 and below 100.',
    });
    const draft = scorecardDraft(definition);
    draft.measures[0]!.thresholds = [{ at: '1', score: '1' }];
    draft.measures[0]!.weight = '1001';
    expect(scorecardProblems(draft, t)).toEqual({
      'measures[0].weight': 'Enter a number above 0 and at most 1000.',
      'measures[0].thresholds': 'Thresholds need at least two points.',
    });
  });
});

describe('new measures and server fields', () => {
  const infos: MeasureInfo[] = [
    { measure: 'open_tickets', unit: 'count', source: 'tickets', higher_is_better: false },
    { measure: 'seat_utilisation', unit: 'percent', source: 'usage', higher_is_better: true },
    { measure: 'nps_latest', unit: 'score', source: 'surveys', higher_is_better: true },
  ];

  it('offers only the measures not used yet', () => {
    expect(unusedMeasures(scorecardDraft(definition), infos).map((i) => i.measure)).toEqual([
      'seat_utilisation',
    ]);
  });

  it('starts a new measure on its unit, pointing the way it is better', () => {
    expect(newMeasure(infos[1]!).thresholds).toEqual([
      { at: '0', score: '0' },
      { at: '100', score: '100' },
    ]);
    expect(newMeasure(infos[0]!).thresholds).toEqual([
      { at: '0', score: '100' },
      { at: '5', score: '0' },
    ]);
  });

  it("maps the server's fields to the editor's", () => {
    expect(editorField('definition.measures[2].weight')).toBe('measures[2].weight');
    expect(editorField('definition.measures[0].thresholds[1].at')).toBe(
      'measures[0].thresholds[1].at',
    );
    expect(editorField('definition.measures')).toBe('measures');
    expect(editorField('definition.bands[0].to')).toBe('yellowFrom');
    expect(editorField('definition.bands[1].from')).toBe('yellowFrom');
    expect(editorField('definition.bands[2].from')).toBe('greenFrom');
    expect(editorField('definition.bands[2].to')).toBe(null);
    expect(editorField('version')).toBe(null);
  });
});
