// The journey and the sales hand-off for dev/mock-server.mjs (issue 5): editable stages (as
// banso's migration creates them), each account's history of moves, rules with their facts,
// moves (400 naming `to`, 409 on a stale version), the board, the funnel by tier and cohort,
// the ideal customer profile, fit scores and hand-offs (a plan seeded through mock-success.mjs).
// Shaped as the API contract says; the data is made up, deterministically.

const DAY = 86_400_000;
const MOMENTS = ['zmot', 'fmot', 'smot', 'tmot', 'churned'];
const OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'];
const ICP_OPS = ['in', 'gte', 'lte'];
const ROLES = ['champion', 'decision_maker', 'executive_sponsor', 'user', 'other'];
const EDITORS = ['admin', 'manager'];

const STAGES = [
  ['prospect', 'zmot', 10, '見込み（情報収集）', 'Prospect'],
  ['evaluating', 'fmot', 20, '評価中', 'Evaluating'],
  ['buying', 'fmot', 30, '購買手続き', 'Buying'],
  ['onboarding', 'smot', 40, 'オンボーディング', 'Onboarding'],
  ['adopting', 'smot', 50, '定着・活用', 'Adopting'],
  ['renewing', 'tmot', 60, '更新', 'Renewing'],
  ['expanding', 'tmot', 70, '拡大', 'Expanding'],
  ['advocating', 'tmot', 80, '推奨（アドボカシー）', 'Advocating'],
  ['churned', 'churned', 90, '解約', 'Churned'],
];

const FIELDS = [
  ['contracts.active', 'contracts in force today'],
  ['contracts.total', 'contracts ever signed'],
  ['contracts.days_since_first_start', 'days since the first contract started'],
  ['usage.active_weeks', 'consecutive weeks, up to today, with someone active (at most 12)'],
  ['renewal.days_until', 'days until the renewal date (negative when past)'],
  ['account.days_in_stage', 'days since the account entered its stage'],
  ['account.arr_minor', 'annual recurring revenue in minor currency units'],
  ['nps.last', 'the latest NPS score of any contact'],
].map(([key, description]) => ({ key, description }));

const ICP_FIELDS = [
  ['industry', 'the account’s industry'],
  ['employee_band', 'employees, as a band (1-9 … 5000+)'],
  ['country', 'ISO 3166 country code'],
  ['arr_minor', 'annual recurring revenue in minor currency units'],
  ['contacts', 'contacts not departed'],
  ['custom.plan', 'custom attribute “plan”'],
].map(([key, description]) => ({ key, description }));

class Invalid extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

function hash(...keys) {
  let h = 2166136261;
  for (const ch of keys.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const median = (values) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round1 = (v) => (v === null ? null : Math.round(v * 10) / 10);
const daysBetween = (a, b) => Math.floor((Date.parse(b) - Date.parse(a)) / DAY);

// Where each made-up account is, cycling so every stage has some (account 1 stays a prospect).
const STAGE_CYCLE = ['prospect', 'adopting', 'onboarding', 'renewing', 'evaluating', 'adopting', 'expanding', 'buying', 'advocating', 'onboarding', 'churned', 'adopting', 'renewing'];

export function journeyMock({ accounts, contacts, contracts, surveys, users, send, fail, readBody, success }) {
  let stages = STAGES.map(([key, moment, position, name_ja, name_en], i) => ({ id: i + 1, version: 1, key, moment, position, name_ja, name_en }));
  let nextStageId = stages.length + 1;
  const sortStages = () => stages.sort((a, b) => MOMENTS.indexOf(a.moment) - MOMENTS.indexOf(b.moment) || a.position - b.position || a.id - b.id);
  const stageOf = (key) => stages.find((s) => s.key === key);
  const journeyOrder = () => stages.filter((s) => s.moment !== 'churned').map((s) => s.key);

  const transitions = [];
  let nextTransition = 1;
  const userName = (id) => users.find((u) => u.id === id)?.name ?? null;

  // Each account's history: along the journey to its stage (churned ones leave from somewhere).
  const order = journeyOrder();
  accounts.forEach((account, i) => {
    const stage = STAGE_CYCLE[i % STAGE_CYCLE.length];
    const target = stage === 'churned' ? order[1 + Math.floor(hash(account.id, 'left') * 5)] : stage;
    const path = order.slice(0, order.indexOf(target) + 1);
    if (stage === 'churned') path.push('churned');
    const steps = path.length;
    const gaps = path.slice(1).map((_, k) => 12 + Math.floor(hash(account.id, k, 'gap') * 80));
    // In the current stage for 2 days to 13 months: some fresh, some long, some stale.
    let at = Date.now() - (2 + Math.floor(hash(account.id, 'stay') ** 1.6 * 400) + gaps.reduce((a, b) => a + b, 0)) * DAY;
    let from = null;
    path.forEach((to, k) => {
      const byRule = k > 0 && hash(account.id, k, 'rule') < 0.4 ? (to === 'onboarding' ? 'first_contract' : to === 'adopting' ? 'three_active_weeks' : to === 'renewing' ? 'renewal_near' : null) : null;
      const byUser = k === 0 || byRule ? null : account.owner_id;
      transitions.push({
        id: nextTransition++, account_id: account.id, from, to, at: new Date(at).toISOString(), by_user: byUser, by_label: byRule ? `rule:${byRule}` : byUser ? users.find((u) => u.id === byUser)?.email ?? 'user' : k === 0 ? 'import' : 'system', rule: byRule,
        note: !byRule && byUser && hash(account.id, k, 'note') < 0.3 ? ['キックオフ完了', '稟議が通った', '更新の打診あり', '利用が定着してきた'][k % 4] : '',
      });
      from = to;
      if (k < steps - 1) at += gaps[k] * DAY;
    });
    account.journey_stage = stage;
    account.journey_stage_since = new Date(at).toISOString();
    account.moment_of_truth = stageOf(stage).moment;
  });

  const daysIn = (account) => Math.max(0, daysBetween(account.journey_stage_since, new Date().toISOString()));

  function facts(account) {
    const mine = contracts.filter((c) => c.account_id === account.id);
    const firstStart = mine.map((c) => c.start_date).sort()[0];
    const nps = surveys.filter((s) => s.account_id === account.id && s.kind === 'nps').sort((a, b) => b.responded_at.localeCompare(a.responded_at))[0];
    const active = ['onboarding', 'adopting', 'renewing', 'expanding', 'advocating'].includes(account.journey_stage);
    return {
      'contracts.active': mine.filter((c) => c.status === 'active').length,
      'contracts.total': mine.length,
      'contracts.days_since_first_start': firstStart ? daysBetween(`${firstStart}T00:00:00Z`, new Date().toISOString()) : null,
      'usage.active_weeks': active ? Math.floor(hash(account.id, 'weeks') * 13) : 0,
      'renewal.days_until': account.renewal_date ? daysBetween(new Date().toISOString().slice(0, 10) + 'T00:00:00Z', `${account.renewal_date}T00:00:00Z`) : null,
      'account.days_in_stage': daysIn(account),
      'account.arr_minor': account.arr_minor,
      'nps.last': nps ? nps.score : null,
    };
  }

  const holds = (op, left, right) => (left === null || left === undefined ? false : { eq: left === right, ne: left !== right, gt: left > right, gte: left >= right, lt: left < right, lte: left <= right }[op]);
  const appliesFrom = (rule, stage) => stage !== rule.to_stage && (rule.from_stages.length === 0 || rule.from_stages.includes(stage));

  let rules = [
    { id: 1, version: 1, key: 'first_contract', name: '最初の契約 → オンボーディング', from_stages: ['prospect', 'evaluating', 'buying'], to_stage: 'onboarding', conditions: [{ field: 'contracts.active', op: 'gte', value: 1 }], enabled: true, position: 10 },
    { id: 2, version: 1, key: 'three_active_weeks', name: '3 週連続で利用 → 定着・活用', from_stages: ['onboarding'], to_stage: 'adopting', conditions: [{ field: 'usage.active_weeks', op: 'gte', value: 3 }, { field: 'account.days_in_stage', op: 'gte', value: 30 }], enabled: true, position: 20 },
    { id: 3, version: 1, key: 'renewal_near', name: '更新 90 日前 → 更新', from_stages: ['adopting', 'expanding', 'advocating'], to_stage: 'renewing', conditions: [{ field: 'renewal.days_until', op: 'lte', value: 90 }, { field: 'renewal.days_until', op: 'gte', value: 0 }], enabled: true, position: 30 },
  ];
  let nextRule = rules.length + 1;

  function move(account, to, { user = null, rule = null, note = '' }) {
    const transition = {
      id: nextTransition++, account_id: account.id, from: account.journey_stage, to, at: new Date().toISOString(), by_user: user?.id ?? null,
      by_label: rule ? `rule:${rule}` : user?.email ?? 'system', rule, note,
    };
    transitions.push(transition);
    account.journey_stage = to;
    account.journey_stage_since = transition.at;
    account.moment_of_truth = stageOf(to)?.moment ?? null;
    account.version += 1;
    account.updated_at = transition.at;
    return transition;
  }
  const transitionJson = (t) => ({ ...t, by_name: t.by_user ? userName(t.by_user) : null });

  // ---------- ICP, fit, hand-offs ----------

  let criteria = [
    { id: 1, version: 1, label: '対象業種（製造・ソフトウェア・IT）', field: 'industry', op: 'in', values: ['製造', 'ソフトウェア', 'IT サービス', 'Software'], value: null, weight: 35, position: 10 },
    { id: 2, version: 1, label: '従業員 50 名以上', field: 'employee_band', op: 'in', values: ['50-249', '250-999', '1000-4999', '5000+'], value: null, weight: 25, position: 20 },
    { id: 3, version: 1, label: '国内企業', field: 'country', op: 'in', values: ['JP'], value: null, weight: 15, position: 30 },
    { id: 4, version: 1, label: '担当者 3 名以上', field: 'contacts', op: 'gte', values: [], value: 3, weight: 25, position: 40 },
  ];
  let nextCriterion = criteria.length + 1;

  function actualOf(account, field) {
    if (field === 'contacts') return contacts.filter((c) => c.account_id === account.id && !c.departed).length;
    if (field.startsWith('custom.')) return account.custom_attributes?.[field.slice(7)] ?? null;
    return account[field] ?? null;
  }
  function fit(account) {
    const rows = criteria.map((c) => {
      const actual = actualOf(account, c.field);
      const met = actual === null ? false : c.op === 'in' ? c.values.includes(String(actual)) : c.op === 'gte' ? Number(actual) >= c.value : Number(actual) <= c.value;
      return { id: c.id, label: c.label, weight: c.weight, met, actual: typeof actual === 'boolean' ? String(actual) : actual };
    });
    const total = rows.reduce((n, r) => n + r.weight, 0);
    return { score: total ? Math.round((100 * rows.filter((r) => r.met).reduce((n, r) => n + r.weight, 0)) / total) : 0, criteria: rows };
  }

  const handoffs = [];
  let nextHandoff = 1;
  // Some hand-offs to look at, a few of them poor fits (the accounts abroad, with few contacts).
  for (const id of [3, 11, 12, 16, 19, 27, 28, 35, 44, 60]) {
    const account = accounts.find((a) => a.id === id);
    if (!account) continue;
    const f = fit(account);
    const people = contacts.filter((c) => c.account_id === id).slice(0, 2);
    handoffs.push({
      id: nextHandoff++, version: 1, account_id: id, account_name: account.name,
      why_bought: ['問い合わせ対応が属人化しており、ナレッジを共有したかった', '解約の兆しに気づくのが遅く、更新直前に慌てていた', 'Needed one place for customer health across teams'][id % 3],
      expected_outcomes: ['解約率を半分にする', '更新の 90 日前に全顧客の状態がわかる'].slice(0, 1 + (id % 2)),
      stakeholders: people.map((c, k) => ({ contact_id: c.id, name: c.name, role: k === 0 ? 'champion' : 'decision_maker', note: '' })),
      sales_owner: ['営業部 木村', '営業部 山口', 'Sales: J. Miller'][id % 3],
      handed_off_at: new Date(Date.now() - (5 + ((id * 37) % 170)) * DAY).toISOString(),
      handed_off_by_name: userName(account.owner_id),
      fit_score: f.score, fit: f.criteria.map(({ actual: _a, ...rest }) => rest), plan_id: null,
    });
  }

  // ---------- validation ----------

  async function body(req) {
    try {
      return JSON.parse((await readBody(req)).toString() || '{}');
    } catch {
      throw new Invalid(null, 'the body is not JSON');
    }
  }
  function only(value, known) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(null, 'must be an object');
    for (const key of Object.keys(value)) if (!known.includes(key)) throw new Invalid(key, 'is not a known field');
  }
  function text(v, field, { required = false, max = 200 } = {}) {
    if (v === undefined || v === null) {
      if (required) throw new Invalid(field, 'is required');
      return '';
    }
    if (typeof v !== 'string') throw new Invalid(field, 'must be a string');
    if (required && !v.trim()) throw new Invalid(field, 'is required');
    if ([...v].length > max) throw new Invalid(field, `must be at most ${max} characters`);
    return v.trim();
  }
  function number(v, field) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(field, 'must be a finite number');
    return v;
  }
  const choices = () => stages.map((s) => s.key).join(', ');
  function stageKey(v, field) {
    if (typeof v !== 'string' || !stageOf(v)) throw new Invalid(field, `must be one of ${choices()}`);
    return v;
  }
  function versionOf(b, current) {
    if (typeof b.version !== 'number') throw new Invalid('version', 'is required');
    return b.version === current;
  }

  function parseRule(b, rule) {
    const next = { ...rule };
    if (b.name !== undefined || !rule.name) next.name = text(b.name, 'name', { required: true });
    if (b.from_stages !== undefined) {
      if (!Array.isArray(b.from_stages)) throw new Invalid('from_stages', 'must be a list of stage keys');
      next.from_stages = b.from_stages.map((s, i) => stageKey(s, `from_stages[${i}]`));
    }
    if (b.to_stage !== undefined || !rule.to_stage) next.to_stage = stageKey(b.to_stage, 'to_stage');
    if (next.from_stages.includes(next.to_stage)) throw new Invalid('from_stages', 'must not include the stage the rule moves to');
    if (b.conditions !== undefined || !rule.conditions) {
      if (!Array.isArray(b.conditions) || b.conditions.length === 0) throw new Invalid('conditions', 'a rule needs at least one condition');
      next.conditions = b.conditions.map((c, i) => {
        if (!FIELDS.some((f) => f.key === c?.field)) throw new Invalid(`conditions[${i}].field`, `must be one of ${FIELDS.map((f) => f.key).join(', ')}`);
        if (!OPS.includes(c.op)) throw new Invalid(`conditions[${i}].op`, `must be one of ${OPS.join(', ')}`);
        return { field: c.field, op: c.op, value: number(c.value, `conditions[${i}].value`) };
      });
    }
    if (b.enabled !== undefined) {
      if (typeof b.enabled !== 'boolean') throw new Invalid('enabled', 'must be true or false');
      next.enabled = b.enabled;
    }
    if (b.position !== undefined) next.position = number(b.position, 'position');
    return next;
  }

  function parseCriterion(b, c) {
    const next = { ...c };
    if (b.label !== undefined || !c.label) next.label = text(b.label, 'label', { required: true });
    if (b.field !== undefined || !c.field) {
      if (typeof b.field !== 'string' || !(ICP_FIELDS.some((f) => f.key === b.field) || /^custom\.[A-Za-z0-9_]+$/.test(b.field))) throw new Invalid('field', `must be one of ${ICP_FIELDS.map((f) => f.key).join(', ')} or custom.<attribute>`);
      next.field = b.field;
    }
    if (b.op !== undefined || !c.op) {
      if (!ICP_OPS.includes(b.op)) throw new Invalid('op', 'must be in, gte or lte');
      next.op = b.op;
    }
    if (b.values !== undefined) {
      if (!Array.isArray(b.values)) throw new Invalid('values', 'must be a list');
      next.values = b.values.map((v, i) => text(v, `values[${i}]`, { required: true }));
    }
    if (b.value !== undefined) next.value = b.value === null ? null : number(b.value, 'value');
    if (b.weight !== undefined || !c.weight) {
      if (!Number.isInteger(b.weight) || b.weight < 1 || b.weight > 100) throw new Invalid('weight', 'must be a whole number from 1 to 100');
      next.weight = b.weight;
    }
    if (next.op === 'in' && !(next.values ?? []).length) throw new Invalid('values', 'list at least one value');
    if (next.op !== 'in' && (next.value === null || next.value === undefined)) throw new Invalid('value', 'is required for gte and lte');
    if (next.op === 'in') next.value = null;
    else next.values = [];
    return next;
  }

  function parseHandoff(b, account, handoff) {
    const next = { ...handoff };
    if (b.why_bought !== undefined || !handoff.why_bought) next.why_bought = text(b.why_bought, 'why_bought', { required: true, max: 5000 });
    if (b.expected_outcomes !== undefined) {
      if (!Array.isArray(b.expected_outcomes)) throw new Invalid('expected_outcomes', 'must be a list');
      next.expected_outcomes = b.expected_outcomes.map((o, i) => text(o, `expected_outcomes[${i}]`, { required: true, max: 500 }));
    }
    if (b.stakeholders !== undefined) {
      if (!Array.isArray(b.stakeholders)) throw new Invalid('stakeholders', 'must be a list');
      next.stakeholders = b.stakeholders.map((s, i) => {
        const f = `stakeholders[${i}]`;
        if (s.contact_id !== null && s.contact_id !== undefined && !contacts.some((c) => c.id === s.contact_id && c.account_id === account.id)) throw new Invalid(`${f}.contact_id`, 'is not a contact of this account');
        if (!ROLES.includes(s.role)) throw new Invalid(`${f}.role`, `must be one of ${ROLES.join(', ')}`);
        return { contact_id: s.contact_id ?? null, name: text(s.name, `${f}.name`, { required: true }), role: s.role, note: text(s.note, `${f}.note`, { max: 1000 }) };
      });
    }
    if (b.sales_owner !== undefined) next.sales_owner = text(b.sales_owner, 'sales_owner');
    return next;
  }

  function seed(handoff, templateKey, user) {
    const plan = success.seedPlan({ accountId: handoff.account_id, templateKey, definition: handoff.why_bought, outcomes: handoff.expected_outcomes, user });
    if (!plan) throw new Invalid('template_key', `no success-plan template has key "${templateKey}"`);
    handoff.plan_id = plan.id;
    return plan;
  }

  // ---------- routes ----------

  function accountJourney(account) {
    const f = facts(account);
    return {
      stage: account.journey_stage,
      moment: account.moment_of_truth,
      since: account.journey_stage_since,
      days_in_stage: daysIn(account),
      version: account.version,
      transitions: transitions.filter((t) => t.account_id === account.id).sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id).map(transitionJson),
      facts: f,
      rules: rules
        .filter((r) => r.enabled && appliesFrom(r, account.journey_stage))
        .sort((a, b) => a.position - b.position)
        .map((r) => {
          const conditions = r.conditions.map((c) => ({ ...c, actual: f[c.field], holds: holds(c.op, f[c.field], c.value) }));
          return { key: r.key, name: r.name, to_stage: r.to_stage, ready: conditions.every((c) => c.holds), conditions };
        }),
    };
  }

  function board(url) {
    const tier = url.searchParams.get('tier');
    const owner = Number(url.searchParams.get('owner_id')) || null;
    const perStage = Math.min(Math.max(Number(url.searchParams.get('per_stage')) || 25, 1), 200);
    const list = accounts.filter((a) => (!tier || a.tier === tier) && (!owner || a.owner_id === owner));
    return {
      stages: sortStages().map((s) => {
        const inStage = list.filter((a) => a.journey_stage === s.key).sort((a, b) => a.journey_stage_since.localeCompare(b.journey_stage_since) || a.id - b.id);
        return {
          key: s.key, moment: s.moment, name_ja: s.name_ja, name_en: s.name_en, count: inStage.length,
          accounts: inStage.slice(0, perStage).map((a) => ({ id: a.id, name: a.name, tier: a.tier, owner_id: a.owner_id, owner_name: a.owner_name, arr_minor: a.arr_minor, currency: a.currency, since: a.journey_stage_since, days_in_stage: daysIn(a) })),
        };
      }),
    };
  }

  function inCohort(at, cohort) {
    if (!cohort) return true;
    if (/^\d{4}$/.test(cohort)) return at.startsWith(cohort);
    const q = /^(\d{4})-Q([1-4])$/.exec(cohort);
    if (q) return at.startsWith(q[1]) && Math.ceil(Number(at.slice(5, 7)) / 3) === Number(q[2]);
    return at.startsWith(cohort);
  }

  function funnel(url) {
    const tier = url.searchParams.get('tier') || null;
    const cohort = url.searchParams.get('cohort') || null;
    if (cohort && !/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(cohort)) throw new Invalid('cohort', 'must be a year (2026), a quarter (2026-Q1) or a month (2026-03)');
    const firstAt = new Map();
    for (const t of transitions) if (!firstAt.has(t.account_id) || t.at < firstAt.get(t.account_id)) firstAt.set(t.account_id, t.at);
    const cohorts = [...new Set([...firstAt.values()].map((at) => at.slice(0, 7)))].sort();
    const list = accounts.filter((a) => (!tier || a.tier === tier) && inCohort(firstAt.get(a.id) ?? '', cohort));
    const ids = new Set(list.map((a) => a.id));
    // When each account first entered each stage.
    const entered = new Map();
    for (const t of transitions) {
      if (!ids.has(t.account_id)) continue;
      const m = entered.get(t.account_id) ?? new Map();
      if (!m.has(t.to) || t.at < m.get(t.to)) m.set(t.to, t.at);
      entered.set(t.account_id, m);
    }
    const ordered = sortStages().slice();
    const journey = ordered.filter((s) => s.moment !== 'churned');
    const reachedOf = (key) => [...entered.values()].filter((m) => m.has(key)).length;
    const rows = ordered.map((s) => {
      const i = journey.findIndex((j) => j.key === s.key);
      const prev = i > 0 ? journey[i - 1] : null;
      const next = i >= 0 && i < journey.length - 1 ? journey[i + 1] : null;
      const reached = reachedOf(s.key);
      const prevReached = prev ? reachedOf(prev.key) : 0;
      const days = next ? [...entered.values()].filter((m) => m.has(s.key) && m.has(next.key) && m.get(next.key) >= m.get(s.key)).map((m) => daysBetween(m.get(s.key), m.get(next.key))) : [];
      return {
        key: s.key, moment: s.moment, name_ja: s.name_ja, name_en: s.name_en, reached, current: list.filter((a) => a.journey_stage === s.key).length,
        conversion: s.moment === 'churned' || !prev || !prevReached ? null : reached / prevReached,
        median_days_to_next: round1(median(days)),
        churned_from: transitions.filter((t) => ids.has(t.account_id) && t.to !== t.from && stageOf(t.to)?.moment === 'churned' && t.from === s.key).length,
      };
    });
    const firstIn = (m, moment) => [...m.entries()].filter(([k]) => stageOf(k)?.moment === moment).map(([, at]) => at).sort()[0];
    const present = MOMENTS.filter((mo) => ordered.some((s) => s.moment === mo));
    const moments = present.map((moment, i) => {
      const reached = [...entered.values()].filter((m) => firstIn(m, moment)).length;
      const prev = i > 0 && moment !== 'churned' ? present[i - 1] : null;
      const next = moment !== 'churned' && present[i + 1] && present[i + 1] !== 'churned' ? present[i + 1] : null;
      const prevReached = prev ? [...entered.values()].filter((m) => firstIn(m, prev)).length : 0;
      const days = next ? [...entered.values()].filter((m) => firstIn(m, moment) && firstIn(m, next)).map((m) => daysBetween(firstIn(m, moment), firstIn(m, next))).filter((d) => d >= 0) : [];
      return { moment, reached, conversion: prev && prevReached ? reached / prevReached : null, median_days_to_next: round1(median(days)) };
    });
    return { accounts: list.length, tier, cohort, stages: rows, moments, cohorts };
  }

  async function handleApi(req, res, url, path, session) {
    const user = session.user;
    const editor = EDITORS.includes(user.role);
    const writer = user.role !== 'viewer';
    const forbidden = () => fail(res, 403, 'forbidden', 'この操作の権限がありません。');
    try {
      // Stages
      if (path === '/journey/stages' && req.method === 'GET') return send(res, 200, { data: sortStages() });
      if (path === '/journey/stages' && req.method === 'POST') {
        if (!editor) return forbidden();
        const b = await body(req);
        only(b, ['key', 'moment', 'position', 'name_ja', 'name_en']);
        if (typeof b.key !== 'string' || !/^[a-z][a-z0-9_]{0,39}$/.test(b.key)) throw new Invalid('key', 'must be lower-case letters, digits and _ (starting with a letter)');
        if (stageOf(b.key)) throw new Invalid('key', 'a stage already has this key');
        if (!MOMENTS.includes(b.moment)) throw new Invalid('moment', `must be one of ${MOMENTS.join(', ')}`);
        const stage = {
          id: nextStageId++, version: 1, key: b.key, moment: b.moment,
          position: b.position === undefined ? Math.max(0, ...stages.filter((s) => s.moment === b.moment).map((s) => s.position)) + 5 : number(b.position, 'position'),
          name_ja: text(b.name_ja, 'name_ja', { required: true }), name_en: text(b.name_en, 'name_en', { required: true }),
        };
        stages.push(stage);
        return send(res, 201, stage);
      }
      let m = /^\/journey\/stages\/(\d+)$/.exec(path);
      if (m) {
        const stage = stages.find((s) => s.id === Number(m[1]));
        if (!stage) return fail(res, 404, 'not_found', '段階が見つかりません。');
        if (!editor) return forbidden();
        if (req.method === 'PATCH') {
          const b = await body(req);
          only(b, ['version', 'moment', 'position', 'name_ja', 'name_en']);
          if (!versionOf(b, stage.version)) return fail(res, 409, 'conflict', `the record was changed by someone else (now version ${stage.version}); reload and try again`, 'version');
          if (b.moment !== undefined && !MOMENTS.includes(b.moment)) throw new Invalid('moment', `must be one of ${MOMENTS.join(', ')}`);
          const next = { ...stage };
          if (b.moment !== undefined) next.moment = b.moment;
          if (b.position !== undefined) next.position = number(b.position, 'position');
          if (b.name_ja !== undefined) next.name_ja = text(b.name_ja, 'name_ja', { required: true });
          if (b.name_en !== undefined) next.name_en = text(b.name_en, 'name_en', { required: true });
          next.version += 1;
          Object.assign(stage, next);
          for (const a of accounts) if (a.journey_stage === stage.key) a.moment_of_truth = stage.moment;
          return send(res, 200, stage);
        }
        if (req.method === 'DELETE') {
          const inIt = accounts.filter((a) => a.journey_stage === stage.key).length;
          if (inIt) return fail(res, 409, 'conflict', `${inIt} 社がこの段階にいるため削除できません。先に別の段階へ移してください。`);
          const naming = rules.filter((r) => r.to_stage === stage.key || r.from_stages.includes(stage.key));
          if (naming.length) return fail(res, 409, 'conflict', `ルール「${naming.map((r) => r.name).join('」「')}」がこの段階を使っているため削除できません。`);
          stages = stages.filter((s) => s !== stage);
          return send(res, 204, null);
        }
      }

      // Rules
      if (path === '/journey/rules' && req.method === 'GET') return send(res, 200, { data: [...rules].sort((a, b) => a.position - b.position), fields: FIELDS });
      if (path === '/journey/rules' && req.method === 'POST') {
        if (!editor) return forbidden();
        const b = await body(req);
        only(b, ['key', 'name', 'from_stages', 'to_stage', 'conditions', 'enabled', 'position']);
        if (typeof b.key !== 'string' || !/^[a-z][a-z0-9_]{0,39}$/.test(b.key)) throw new Invalid('key', 'must be lower-case letters, digits and _ (starting with a letter)');
        if (rules.some((r) => r.key === b.key)) throw new Invalid('key', 'a rule already has this key');
        const rule = parseRule(b, { id: nextRule++, version: 1, key: b.key, name: '', from_stages: [], to_stage: '', conditions: null, enabled: true, position: Math.max(0, ...rules.map((r) => r.position)) + 10 });
        rules.push(rule);
        return send(res, 201, rule);
      }
      if (path === '/journey/rules/run' && req.method === 'POST') {
        if (!editor) return forbidden();
        const b = await body(req);
        only(b, ['dry_run', 'account_id']);
        const dryRun = b.dry_run !== false;
        const list = b.account_id === undefined ? accounts : accounts.filter((a) => a.id === b.account_id);
        if (b.account_id !== undefined && !list.length) throw new Invalid('account_id', 'no account has this id');
        const active = rules.filter((r) => r.enabled).sort((a, c) => a.position - c.position);
        const moves = [];
        for (const account of list) {
          const f = facts(account);
          const rule = active.find((r) => appliesFrom(r, account.journey_stage) && r.conditions.every((c) => holds(c.op, f[c.field], c.value)));
          if (!rule) continue;
          moves.push({ account_id: account.id, account_name: account.name, from: account.journey_stage, to: rule.to_stage, rule: rule.key });
          if (!dryRun) move(account, rule.to_stage, { rule: rule.key });
        }
        return send(res, 200, { evaluated: list.length, moved: moves.length, moves: moves.slice(0, 200) });
      }
      m = /^\/journey\/rules\/(\d+)$/.exec(path);
      if (m) {
        const rule = rules.find((r) => r.id === Number(m[1]));
        if (!rule) return fail(res, 404, 'not_found', 'ルールが見つかりません。');
        if (!editor) return forbidden();
        if (req.method === 'PATCH') {
          const b = await body(req);
          only(b, ['version', 'name', 'from_stages', 'to_stage', 'conditions', 'enabled', 'position']);
          if (!versionOf(b, rule.version)) return fail(res, 409, 'conflict', `the record was changed by someone else (now version ${rule.version}); reload and try again`, 'version');
          const next = parseRule(b, rule);
          next.version += 1;
          Object.assign(rule, next);
          return send(res, 200, rule);
        }
        if (req.method === 'DELETE') {
          rules = rules.filter((r) => r !== rule);
          return send(res, 204, null);
        }
      }

      // The board and the funnel
      if (path === '/journey/board' && req.method === 'GET') return send(res, 200, board(url));
      if (path === '/journey/funnel' && req.method === 'GET') return send(res, 200, funnel(url));

      // One account: its journey, a move, its fit, its hand-off
      m = /^\/accounts\/(\d+)\/(journey|journey\/moves|fit|handoff)$/.exec(path);
      if (m) {
        const account = accounts.find((a) => a.id === Number(m[1]));
        if (!account) return fail(res, 404, 'not_found', '顧客が見つかりません。');
        if (m[2] === 'journey' && req.method === 'GET') return send(res, 200, accountJourney(account));
        if (m[2] === 'journey/moves' && req.method === 'POST') {
          if (!writer) return forbidden();
          const b = await body(req);
          only(b, ['to', 'note', 'version']);
          const to = stageKey(b.to, 'to');
          if (to === account.journey_stage) throw new Invalid('to', 'is the stage the account is already in');
          if (b.version !== undefined && b.version !== account.version) return fail(res, 409, 'conflict', `the record was changed by someone else (now version ${account.version}); reload and try again`, 'version');
          const transition = move(account, to, { user, note: text(b.note, 'note', { max: 2000 }) });
          return send(res, 201, { account, transition: transitionJson(transition) });
        }
        if (m[2] === 'fit' && req.method === 'GET') return send(res, 200, fit(account));
        if (m[2] === 'handoff' && req.method === 'GET') {
          const handoff = handoffs.find((h) => h.account_id === account.id);
          return handoff ? send(res, 200, handoff) : fail(res, 404, 'not_found', 'この顧客の引き継ぎはまだありません。');
        }
        if (m[2] === 'handoff' && req.method === 'POST') {
          if (!writer) return forbidden();
          if (handoffs.some((h) => h.account_id === account.id)) return fail(res, 409, 'conflict', 'この顧客にはすでに引き継ぎがあります。');
          const b = await body(req);
          only(b, ['why_bought', 'expected_outcomes', 'stakeholders', 'sales_owner', 'seed_plan']);
          const f = fit(account);
          const handoff = parseHandoff(b, account, {
            id: nextHandoff++, version: 1, account_id: account.id, account_name: account.name, why_bought: '', expected_outcomes: [], stakeholders: [], sales_owner: '',
            handed_off_at: new Date().toISOString(), handed_off_by_name: user.name, fit_score: f.score, fit: f.criteria.map(({ actual: _a, ...rest }) => rest), plan_id: null,
          });
          let plan = null;
          if (b.seed_plan !== undefined && b.seed_plan !== null) {
            if (typeof b.seed_plan !== 'object') throw new Invalid('seed_plan', 'must be an object');
            plan = seed(handoff, b.seed_plan.template_key ?? null, user);
          }
          handoffs.push(handoff);
          return send(res, 201, { handoff, plan });
        }
      }
      m = /^\/handoffs\/(\d+)(\/plan)?$/.exec(path);
      if (m) {
        const handoff = handoffs.find((h) => h.id === Number(m[1]));
        if (!handoff) return fail(res, 404, 'not_found', '引き継ぎが見つかりません。');
        if (!writer) return forbidden();
        const account = accounts.find((a) => a.id === handoff.account_id);
        if (!m[2] && req.method === 'PATCH') {
          const b = await body(req);
          only(b, ['version', 'why_bought', 'expected_outcomes', 'stakeholders', 'sales_owner']);
          if (!versionOf(b, handoff.version)) return fail(res, 409, 'conflict', `the record was changed by someone else (now version ${handoff.version}); reload and try again`, 'version');
          const next = parseHandoff(b, account, handoff);
          next.version += 1;
          Object.assign(handoff, next);
          return send(res, 200, handoff);
        }
        if (m[2] && req.method === 'POST') {
          if (handoff.plan_id !== null) return fail(res, 409, 'conflict', 'この引き継ぎからはすでに成功計画を作成しています。');
          const b = await body(req);
          only(b, ['template_key']);
          return send(res, 201, seed(handoff, b.template_key ?? null, user));
        }
      }
      if (path === '/handoffs' && req.method === 'GET') {
        const below = Number(url.searchParams.get('fit_below') ?? 50);
        const since = Number(url.searchParams.get('since_days') ?? 180);
        const from = new Date(Date.now() - since * DAY).toISOString();
        const list = handoffs.filter((h) => h.fit_score < below && h.handed_off_at >= from).sort((a, b) => b.handed_off_at.localeCompare(a.handed_off_at) || b.id - a.id);
        const limit = Math.min(Number(url.searchParams.get('limit') || 50), 200);
        const offset = Number(Buffer.from(url.searchParams.get('cursor') || '', 'base64url').toString() || 0);
        const next = offset + limit < list.length ? Buffer.from(String(offset + limit)).toString('base64url') : null;
        return send(res, 200, { data: list.slice(offset, offset + limit), next_cursor: next });
      }

      // The ideal customer profile
      if (path === '/icp' && req.method === 'GET') return send(res, 200, { criteria: [...criteria].sort((a, b) => a.position - b.position), fields: ICP_FIELDS });
      if (path === '/icp/criteria' && req.method === 'POST') {
        if (!editor) return forbidden();
        const b = await body(req);
        only(b, ['label', 'field', 'op', 'values', 'value', 'weight', 'position']);
        const c = parseCriterion(b, { id: nextCriterion++, version: 1, label: '', field: '', op: '', values: [], value: null, weight: 0, position: Math.max(0, ...criteria.map((x) => x.position)) + 10 });
        criteria.push(c);
        return send(res, 201, c);
      }
      m = /^\/icp\/criteria\/(\d+)$/.exec(path);
      if (m) {
        const c = criteria.find((x) => x.id === Number(m[1]));
        if (!c) return fail(res, 404, 'not_found', '基準が見つかりません。');
        if (!editor) return forbidden();
        if (req.method === 'PATCH') {
          const b = await body(req);
          only(b, ['version', 'label', 'field', 'op', 'values', 'value', 'weight', 'position']);
          if (!versionOf(b, c.version)) return fail(res, 409, 'conflict', `the record was changed by someone else (now version ${c.version}); reload and try again`, 'version');
          const next = parseCriterion(b, c);
          next.version += 1;
          Object.assign(c, next);
          return send(res, 200, c);
        }
        if (req.method === 'DELETE') {
          criteria = criteria.filter((x) => x !== c);
          return send(res, 204, null);
        }
      }
      return false;
    } catch (error) {
      if (error instanceof Invalid) return fail(res, 400, 'invalid', error.message, error.field);
      throw error;
    }
  }

  return { handleApi };
}
