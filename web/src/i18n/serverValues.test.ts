// Every value the server sends that people see is worded in both catalogues:
// - each enum of docs/openapi.json that the console shows, by the catalogue prefix that words it.
//   The lists below name every enum of the document, shown or not, so an enum added to the
//   document fails here until someone says where its words are (or why it is never shown);
// - the account fields journey rules and ICP criteria test (the server's kJourneyFields and
//   kIcpFields), which the editors show by label, never by key;
// - the journey stages the server seeds (the names shown until the stage list is read);
// - the industries of the demo portfolio (industry is free text: known values are worded by a
//   normalised key, unknown ones shown as typed).
// Error reasons are errorReasons.test.ts's.
import { describe, expect, it } from 'vitest';
import { normalisedKey } from '../lib/labels';
import en from './en.json';
import ja from './ja.json';

// Node's fs, typed here: the console's tsconfig has no @types/node.
const { readFileSync } = (await import('node:fs' as string)) as {
  readFileSync: (path: URL, encoding: 'utf8') => string;
};
const root = new URL('../../../', import.meta.url.toString());
const repoFile = (path: string) => readFileSync(new URL(path, root), 'utf8');

type Tree = { [key: string]: string | Tree };
function flat(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flat(value, path, out);
  }
  return out;
}
const texts: [string, Record<string, string>][] = [
  ['ja', flat(ja as Tree)],
  ['en', flat(en as Tree)],
];
const catalogues: [string, Set<string>][] = texts.map(([lang, t]) => [
  lang,
  new Set(Object.keys(t)),
]);

/** Which catalogue prefix words each enum the console shows, by where the document has it. */
const SHOWN: Record<string, string[]> = {
  'enum.tier': [
    'AccountFields.tier_override',
    'Account.tier_override',
    'Account.tier',
    'JourneyBoard.stages[].accounts[].tier',
    'JourneyFunnel.tier',
    'GET /api/v1/accounts ?tier',
    'GET /api/v1/exports/accounts ?tier',
    'POST /api/v1/accounts/bulk body.tier_override',
    'GET /api/v1/journey/board ?tier',
    'GET /api/v1/journey/funnel ?tier',
    'Scorecard.tier',
    'POST /api/v1/scorecards body.tier',
    'TouchModel.rules[].tier',
    'TouchPyramid.tiers[].tier',
    'TouchPyramid.moves[].from',
    'TouchPyramid.moves[].to',
    'PUT /api/v1/touch-model body.rules[].tier',
    'GET /api/v1/revenue/retention ?tier',
    'GET /api/v1/revenue/cohorts ?tier',
    'GET /api/v1/revenue/lifetime ?tier',
    'GET /api/v1/dashboard ?tier',
    'AccountFilter.tier',
  ],
  'enum.employeeBand': ['AccountFields.employee_band', 'Account.employee_band'],
  'enum.healthBand': [
    'Account.health_band',
    'GET /api/v1/accounts ?health_band',
    'GET /api/v1/exports/accounts ?health_band',
    'HealthOverride.band',
    'AccountHealth.band',
    'AccountHealth.computed_band',
    'HealthBandChange.from',
    'HealthBandChange.to',
    'HealthHistory.days[].band',
    'HealthDiff.from.band',
    'HealthDiff.to.band',
    'ScorecardDefinition.bands[].band',
    'HealthBacktest.bands[].band',
    'HealthDistribution.bands[].band',
    'POST /api/v1/accounts/{id}/health/override body.band',
    'AccountFilter.health_band',
    'Dashboard.health.bands[].band',
  ],
  'enum.healthMeasure': [
    'HealthContribution.measure',
    'HealthBandChange.moved_by[].measure',
    'HealthDiff.measures[].measure',
    'ScorecardMeasure.measure',
    'HealthBacktest.measures[].measure',
    'GET /api/v1/scorecards/measures/responses/200/content/application/json/schema.data[].measure',
  ],
  'enum.missingRule': ['HealthContribution.missing', 'ScorecardMeasure.missing'],
  'enum.normalisation': ['ScorecardMeasure.normalisation'],
  'enum.measureUnit': [
    'HealthContribution.unit',
    'HealthDiff.measures[].unit',
    'ScorecardMeasure.unit',
    'GET /api/v1/scorecards/measures/responses/200/content/application/json/schema.data[].unit',
  ],
  'enum.measureSource': [
    'HealthContribution.source',
    'ScorecardMeasure.source',
    'GET /api/v1/scorecards/measures/responses/200/content/application/json/schema.data[].source',
  ],
  'enum.bandChangeCause': ['HealthBandChange.cause'],
  'enum.retentionPeriod': ['RetentionReport.period', 'GET /api/v1/revenue/retention ?period'],
  'enum.cohortBy': ['CohortReport.by', 'GET /api/v1/revenue/cohorts ?by'],
  'enum.cohortMeasure': ['CohortReport.measure', 'GET /api/v1/revenue/cohorts ?measure'],
  'enum.momentOfTruth': [
    'AccountFields.moment_of_truth',
    'Account.moment_of_truth',
    'JourneyStageFields.moment',
    'JourneyStage.moment',
    'AccountJourney.moment',
    'JourneyBoard.stages[].moment',
    'JourneyFunnel.stages[].moment',
    'JourneyFunnel.moments[].moment',
  ],
  'enum.contactRole': [
    'ContactFields.role',
    'Contact.role',
    'RelationshipMap.contacts[].role',
    'RelationshipMap.contacts[].came_from.role',
    'RelationshipMap.contacts[].moved_to.role',
    'POST /api/v1/contacts/{id}/moves body.role',
  ],
  'enum.touchpoint': ['TouchpointFields.kind', 'Touchpoint.kind'],
  'enum.sentiment': [
    'TouchpointFields.sentiment',
    'Touchpoint.sentiment',
    'RelationshipMap.contacts[].sentiment',
  ],
  'enum.ticketPriority': [
    'TicketFields.priority',
    'Ticket.priority',
    'GET /api/v1/tickets ?priority',
  ],
  'enum.ticketStatus': ['TicketFields.status', 'Ticket.status', 'GET /api/v1/tickets ?status'],
  'enum.surveyKind': [
    'SurveyResponseFields.kind',
    'SurveyResponse.kind',
    'GET /api/v1/surveys ?kind',
  ],
  'enum.billing': ['ContractFields.billing_period', 'Contract.billing_period'],
  'enum.contractStatus': [
    'ContractFields.status',
    'Contract.status',
    'GET /api/v1/contracts ?status',
  ],
  'enum.renewalStatus': ['RenewalDue.status'],
  'enum.movement': ['RevenueMovement.kind'],
  'enum.userRole': ['User.role', 'NewUser.role', 'PATCH /api/v1/users/{id} body.role'],
  'staff.languageName': [
    'User.language',
    'NewUser.language',
    'PATCH /api/v1/users/{id} body.language',
  ],
  'import.kinds': [
    'ImportReport.kind',
    'POST /api/v1/imports/{kind} ?kind',
    'ImportFields.kind',
    'GET /api/v1/imports/{kind}/fields ?kind',
  ],
  'import.encodings': ['ImportReport.encoding', 'POST /api/v1/imports/{kind} ?encoding'],
  'import.ignoredWhy': ['ImportReport.columns[].ignored'],
  'import.sources': ['POST /api/v1/imports/{kind} ?source'],
  'enum.eventType': [
    'SegmentMessage.type',
    'CatalogEvent.type',
    'StreamEvent.type',
    'AccountUsage.top_events[].type',
  ],
  'enum.usageMeasure': [
    'Kpi.usage.measure',
    'SuccessPlanFields.objectives[].kpis[].usage.measure',
    'TemplateObjective.kpis[].usage.measure',
  ],
  'enum.objectiveType': [
    'Objective.type',
    'SuccessPlanFields.objectives[].type',
    'TemplateObjective.type',
  ],
  'enum.objectiveKind': [
    'Objective.kind',
    'SuccessPlanFields.objectives[].kind',
    'TemplateObjective.kind',
  ],
  'enum.planStatus': [
    'Objective.status',
    'SuccessPlanFields.status',
    'SuccessPlanFields.objectives[].status',
    'SuccessPlan.status',
  ],
  'enum.selfLevel': [
    'SelfSufficiencyCriterionFields.level',
    'SelfSufficiencyCriterion.level',
    'SelfSufficiencyAssessment.level',
    'SelfSufficiency.level',
    'Dashboard.outcomes.self_sufficiency.levels[].level',
  ],
  'relationships.warning': ['RelationshipMap.warnings[]'],
  'relationships.highlight': ['RelationshipMap.highlights[]'],
  'journey.op': [
    'JourneyRuleFields.conditions[].op',
    'JourneyRule.conditions[].op',
    'AccountJourney.rules[].conditions[].op',
  ],
  'icp.op': ['IcpCriterionFields.op', 'IcpCriterion.op'],
  'enum.stakeholderRole': ['SalesHandoffFields.stakeholders[].role', 'Stakeholder.role'],
};

/** The enums people never read as such, and why. */
const NOT_SHOWN: Record<string, string> = {
  'Error.error.code': 'errors are worded by their reason (errorReasons.test.ts)',
  'Error.error.reason': 'checked by errorReasons.test.ts',
  'TimelineEntry|0.type':
    'says which kind of item a timeline entry holds; each is drawn its own way',
  'TimelineEntry|1.type': 'as above',
  'TimelineEntry|2.type': 'as above',
  'TimelineEntry|3.type': 'as above',
  'TimelineEntry|4.type': 'as above',
  'Health.database': '/healthz, for operators; the console does not show it',
  'GET /api/v1/accounts ?sort': 'the sort shows as the column headers’ arrows, not as its value',
  'GET /api/v1/exports/accounts ?sort': 'the export takes the list’s sort as it is',
  'SignedIn.permissions[]': 'decides which actions the console offers; never shown as text',
  'GET /api/v1/exports/accounts ?encoding': 'offered as named file formats (UTF-8 / Shift_JIS)',
  'GET /api/v1/exports/contacts ?encoding': 'offered as named file formats (UTF-8 / Shift_JIS)',
  'GET /api/v1/exports/contracts ?encoding': 'offered as named file formats (UTF-8 / Shift_JIS)',
  'GET /api/v1/exports/touchpoints ?encoding': 'offered as named file formats (UTF-8 / Shift_JIS)',
  'GET /api/v1/exports/renewals ?encoding': 'offered as named file formats (UTF-8 / Shift_JIS)',
};

interface Found {
  where: string;
  values: string[];
}

/**
 * Every enum in the document, named where it is: `Account.tier`, `Kpi.usage.measure`,
 * `RelationshipMap.warnings[]`, `TimelineEntry|0.type`, `GET /api/v1/accounts ?tier`,
 * `PATCH /api/v1/users/{id} body.role`; anywhere else by its JSON path.
 */
function enumsOf(node: unknown, where: string, out: Found[] = []): Found[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => enumsOf(item, `${where}/${i}`, out));
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const object = node as Record<string, unknown>;
  if (Array.isArray(object.enum))
    out.push({ where, values: object.enum.filter((v): v is string => typeof v === 'string') });
  for (const [key, value] of Object.entries(object)) {
    if (key === 'enum') continue;
    if (key === 'properties' && value && typeof value === 'object')
      for (const [name, schema] of Object.entries(value)) enumsOf(schema, `${where}.${name}`, out);
    else if (key === 'items') enumsOf(value, `${where}[]`, out);
    else if (['oneOf', 'anyOf', 'allOf'].includes(key) && Array.isArray(value))
      value.forEach((schema, i) => enumsOf(schema, `${where}|${i}`, out));
    else enumsOf(value, `${where}/${key}`, out);
  }
  return out;
}

interface OpenApi {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, Record<string, unknown>>>;
}
function documentEnums(doc: OpenApi): Found[] {
  const found: Found[] = [];
  for (const [name, schema] of Object.entries(doc.components.schemas)) enumsOf(schema, name, found);
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const op = `${method.toUpperCase()} ${path}`;
      const { parameters, requestBody, ...rest } = operation as {
        parameters?: { name: string; schema?: unknown }[];
        requestBody?: { content?: Record<string, { schema?: unknown }> };
      };
      for (const p of parameters ?? []) enumsOf(p.schema, `${op} ?${p.name}`, found);
      for (const [type, content] of Object.entries(requestBody?.content ?? {}))
        enumsOf(
          content.schema,
          type === 'application/json' ? `${op} body` : `${op} body(${type})`,
          found,
        );
      enumsOf(rest, op, found);
    }
  }
  const { components, paths: _paths, ...others } = doc as OpenApi & Record<string, unknown>;
  const { schemas: _schemas, ...otherComponents } = components;
  enumsOf(otherComponents, 'components', found);
  enumsOf(others, '', found);
  return found;
}

const found = documentEnums(JSON.parse(repoFile('docs/openapi.json')) as OpenApi);
const shownAt = new Map(
  Object.entries(SHOWN).flatMap(([prefix, places]) => places.map((p) => [p, prefix] as const)),
);

describe('the server’s enums', () => {
  it('finds the document’s enums (the walk still fits its shape)', () => {
    expect(found.map((f) => f.where)).toContain('Account.tier');
    expect(found.map((f) => f.where)).toContain('GET /api/v1/accounts ?tier');
    expect(found.length).toBeGreaterThan(50);
  });

  it('lists every enum of openapi.json as shown (with its words) or not shown (with why)', () => {
    const unlisted = found.map((f) => f.where).filter((w) => !shownAt.has(w) && !(w in NOT_SHOWN));
    expect(unlisted, 'enums of docs/openapi.json missing from SHOWN / NOT_SHOWN').toEqual([]);
    const listed = [...shownAt.keys(), ...Object.keys(NOT_SHOWN)];
    const gone = listed.filter((w) => !found.some((f) => f.where === w));
    expect(gone, 'listed here but no longer in docs/openapi.json').toEqual([]);
    const both = [...shownAt.keys()].filter((w) => w in NOT_SHOWN);
    expect(both, 'both shown and not shown').toEqual([]);
  });

  it('words every value of every enum shown, in ja and en', () => {
    const missing: string[] = [];
    for (const { where, values } of found) {
      const prefix = shownAt.get(where);
      if (!prefix) continue;
      for (const value of values)
        for (const [lang, keys] of catalogues)
          if (!keys.has(`${prefix}.${value}`))
            missing.push(`${lang} ${prefix}.${value} (${where})`);
    }
    expect(missing).toEqual([]);
  });
});

/** The keys of a C++ table of `{"key", ...}` rows after `name[] = {`. */
function tableKeys(source: string, name: string): string[] {
  const start = source.indexOf(`${name}[] = {`);
  if (start < 0) return [];
  const body = source.slice(start, source.indexOf('};', start));
  return [...body.matchAll(/\{"([^"]+)"/g)].map((m) => m[1]!);
}

describe('fields, stages and industries the server names', () => {
  const journeyFields = tableKeys(repoFile('src/success/journey_rule.h'), 'kJourneyFields');
  const icpFields = tableKeys(repoFile('src/success/ideal_customer_profile.h'), 'kIcpFields')
    // `custom.<attribute>` is the editor's own (a custom attribute's name).
    .filter((key) => !key.includes('<'));

  it('labels every journey-rule and ICP field, and never with the words “minor units”', () => {
    expect(journeyFields).toContain('account.arr_minor');
    expect(icpFields).toContain('arr_minor');
    const fields = [
      ...journeyFields.map((key) => `journey.field.${key}`),
      ...icpFields.map((key) => `icp.field.${key}`),
    ];
    for (const [lang, keys] of catalogues)
      expect(
        fields.filter((key) => !keys.has(key)),
        `${lang}: fields without a label`,
      ).toEqual([]);
    const words = texts.flatMap(([, t]) =>
      Object.values(t).filter((s) => /最小通貨単位|minor (currency )?units?/i.test(s)),
    );
    expect(words).toEqual([]);
  });

  it('names the seeded journey stages', () => {
    const seed = repoFile('src/customers/migrations/002_journey.sql');
    const stages = [...seed.matchAll(/\('([a-z_]+)', '(?:zmot|fmot|smot|tmot|churned)'/g)].map(
      (m) => m[1]!,
    );
    expect(stages).toContain('onboarding');
    for (const [lang, keys] of catalogues)
      expect(
        stages.filter((key) => !keys.has(`enum.stage.${key}`)),
        lang,
      ).toEqual([]);
  });

  it('words the demo’s industries', () => {
    const demo = repoFile('src/demo/account_life.cpp');
    const list = demo.slice(
      demo.indexOf('"Software"'),
      demo.indexOf('};', demo.indexOf('"Software"')),
    );
    const industries = [...list.matchAll(/"([^"]+)"/g)].map((m) => normalisedKey(m[1]!));
    expect(industries).toContain('real_estate');
    for (const [lang, keys] of catalogues)
      expect(
        industries.filter((key) => !keys.has(`enum.industry.${key}`)),
        lang,
      ).toEqual([]);
  });
});
