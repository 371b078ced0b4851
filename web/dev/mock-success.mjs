// The customer's own success for dev/mock-server.mjs (issue 5): success plans (made from a
// template, saved whole with a version: 409 when stale, 400 naming the field as
// `objectives[1].kpis[0].target`), their change history, the three templates banso ships,
// self-sufficiency (自走) criteria and assessments, and the relationship map computed from the
// mock's contacts, touchpoints and survey answers. Shaped as docs/openapi.json says.

const DAY = 86_400_000;
const STATUSES = ['not_started', 'on_track', 'at_risk', 'achieved', 'abandoned'];
const KINDS = { cx: ['functional', 'emotional'], co: ['adoption', 'problem_solved', 'lasting_results'] };
const MEASURES = ['dau', 'wau', 'mau', 'seat_utilisation', 'feature_weekly_users', 'events_per_week'];
const LEVELS = ['dependent', 'guided', 'self_running', 'advocate'];

// As banso's migrations create them (GET /api/v1/success-plan-templates on a fresh server).
const TEMPLATES = [
  {"description": "契約から最初の成果を確かめるまでの 30 日。", "duration_days": 30, "key": "onboarding-30", "name": "オンボーディング 30日", "objectives": [{"due_in_days": 30, "kind": "adoption", "kpis": [{"baseline": 0, "due_in_days": 30, "name": "シート利用率", "target": 80, "unit": "%", "usage": {"feature": "", "measure": "seat_utilisation"}}], "milestones": [{"due_in_days": 7, "title": "初期設定"}, {"due_in_days": 14, "title": "データ移行"}, {"due_in_days": 30, "title": "最初の成果を一緒に確認"}], "title": "初期設定を終えて使い始める", "type": "co"}, {"due_in_days": 30, "kind": "emotional", "kpis": [{"baseline": 3, "due_in_days": 30, "name": "オンボーディング満足度", "target": 4.5, "unit": "点"}], "milestones": [], "title": "安心して任せられる", "type": "cx"}], "segment": "全セグメント / 新規顧客"},
  {"description": "営業チームが報告作業から解放され、顧客と話す時間を増やすまでの 90 日。", "duration_days": 90, "key": "sales-dx-90", "name": "営業DX導入 90日", "objectives": [{"due_in_days": 60, "kind": "adoption", "kpis": [{"baseline": 0, "due_in_days": 60, "name": "週次アクティブユーザー", "target": 25, "unit": "人", "usage": {"feature": "", "measure": "wau"}}], "milestones": [{"due_in_days": 7, "title": "キックオフ"}, {"due_in_days": 14, "title": "管理者トレーニング完了"}, {"due_in_days": 45, "title": "全営業に展開"}], "title": "営業チーム全員が毎週使う", "type": "co"}, {"due_in_days": 90, "kind": "problem_solved", "kpis": [{"baseline": 120, "due_in_days": 90, "name": "週次報告の作成時間", "target": 60, "unit": "分"}], "milestones": [{"due_in_days": 10, "title": "現状の作業時間を計測"}], "title": "週次報告の作成時間を半分にする", "type": "co"}, {"due_in_days": 90, "kind": "functional", "kpis": [{"baseline": 20, "due_in_days": 90, "name": "操作に関する問い合わせ（月）", "target": 5, "unit": "件"}], "milestones": [{"due_in_days": 30, "title": "よくある質問をポータルに公開"}], "title": "迷わず使える", "type": "cx"}], "segment": "中堅企業 / 営業部門"},
  {"description": "顧客が自分たちで運用を回し、成果を出し続けられる状態へ。", "duration_days": 180, "key": "self-running-180", "name": "自走化 180日", "objectives": [{"due_in_days": 180, "kind": "lasting_results", "kpis": [{"baseline": 1, "due_in_days": 180, "name": "社内チャンピオンの人数", "target": 3, "unit": "人"}], "milestones": [{"due_in_days": 60, "title": "社内勉強会を開催"}, {"due_in_days": 90, "title": "運用ルールを文書化"}], "title": "社内で運用が回る", "type": "co"}, {"due_in_days": 120, "kind": "adoption", "kpis": [{"baseline": 0, "due_in_days": 120, "name": "レポート出力の週次利用者", "target": 10, "unit": "人", "usage": {"feature": "レポート出力", "measure": "feature_weekly_users"}}], "milestones": [], "title": "レポート機能の定着", "type": "co"}, {"due_in_days": 180, "kind": "emotional", "kpis": [], "milestones": [{"due_in_days": 90, "title": "分科会に参加"}], "title": "コミュニティで仲間とつながる", "type": "cx"}], "segment": "ハイタッチ / 既存顧客"}
].map((t) => ({ ...t, version: 1, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }));

const CRITERIA = [
  ['guided', '管理者が基本設定を自分で変更できる'],
  ['guided', '主要な業務で毎週使っている'],
  ['self_running', '社内に推進役（チャンピオン）がいる'],
  ['self_running', '新しいメンバーへの教育を社内で行っている'],
  ['self_running', '困ったときにポータルやコミュニティで自己解決できる'],
  ['advocate', '成功事例の共有や登壇に協力してくれる'],
  ['advocate', 'コミュニティで他社の質問に答えている'],
].map(([level, text], i, all) => ({ id: i + 1, version: 1, level, text, position: all.slice(0, i).filter(([l]) => l === level).length + 1 }));

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const addDays = (date, days) => isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY);

class Invalid extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

function kpiProgress(k) {
  if (k.current === null || k.current === undefined || k.target === k.baseline) return 0;
  return Math.min(1, Math.max(0, (k.current - k.baseline) / (k.target - k.baseline)));
}
function objectiveProgress(o) {
  if (o.status === 'achieved') return 1;
  const parts = [...o.kpis.map(kpiProgress), ...o.milestones.map((m) => (m.achieved_on ? 1 : 0))];
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
}
function withProgress(plan) {
  const objectives = plan.objectives.map((o) => ({ ...o, kpis: o.kpis.map((k) => ({ ...k, progress: kpiProgress(k) })), milestones: o.milestones.map((m) => ({ ...m })), progress: objectiveProgress(o) }));
  const counted = plan.objectives.filter((o) => o.status !== 'abandoned');
  const { next_item: _n, ...shown } = plan;
  return { ...shown, objectives, progress: counted.length ? counted.reduce((s, o) => s + objectiveProgress(o), 0) / counted.length : 0 };
}

function only(value, field, known) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(field, 'must be an object');
  for (const key of Object.keys(value)) if (!known.includes(key)) throw new Invalid(field ? `${field}.${key}` : key, 'is not a known field');
}
function str(v, field, { required = false, max = 300 } = {}) {
  if (v === undefined || v === null) {
    if (required) throw new Invalid(field, 'is required');
    return '';
  }
  if (typeof v !== 'string') throw new Invalid(field, 'must be a string');
  if (required && !v.trim()) throw new Invalid(field, 'is required');
  if ([...v].length > max) throw new Invalid(field, `must be at most ${max} characters`);
  return v;
}
function optDate(v, field) {
  if (v === undefined || v === null || v === '') return null;
  if (!isDate(v)) throw new Invalid(field, 'must be a date (YYYY-MM-DD)');
  return v;
}
function num(v, field, required) {
  if (v === undefined || v === null) {
    if (required) throw new Invalid(field, 'is required');
    return null;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(field, 'must be a finite number');
  return v;
}

/** The objectives as sent, checked as banso checks them; ids kept, new items given one. */
function parseObjectives(list, plan) {
  if (!Array.isArray(list)) throw new Invalid('objectives', 'must be a list');
  if (list.length > 20) throw new Invalid('objectives', 'a plan has at most 20 objectives');
  const give = (id, prefix) => (typeof id === 'string' && id ? id : `${prefix}${plan.next_item++}`);
  return list.map((o, i) => {
    const f = `objectives[${i}]`;
    only(o, f, ['id', 'title', 'type', 'kind', 'status', 'due_on', 'owner_user_id', 'owner_contact_id', 'evidence', 'kpis', 'milestones', 'progress']);
    const title = str(o.title, `${f}.title`, { required: true });
    if (!o.type) throw new Invalid(`${f}.type`, 'is required: cx (experience) or co (outcome)');
    if (!KINDS[o.type]) throw new Invalid(`${f}.type`, 'must be cx or co');
    if (o.kind && !KINDS[o.type].includes(o.kind)) throw new Invalid(`${f}.kind`, o.type === 'cx' ? 'a CX objective is functional or emotional' : 'a CO objective is adoption, problem_solved or lasting_results');
    const status = o.status ?? 'not_started';
    if (!STATUSES.includes(status)) throw new Invalid(`${f}.status`, `must be one of ${STATUSES.join(', ')}`);
    const dueOn = optDate(o.due_on, `${f}.due_on`);
    if (dueOn && dueOn < plan.starts_on) throw new Invalid(`${f}.due_on`, 'is before the plan starts');
    const kpis = (o.kpis ?? []).map((k, j) => {
      const kf = `${f}.kpis[${j}]`;
      only(k, kf, ['id', 'name', 'unit', 'baseline', 'target', 'current', 'due_on', 'usage', 'progress']);
      const baseline = num(k.baseline, `${kf}.baseline`, true);
      const target = num(k.target, `${kf}.target`, true);
      if (target === baseline) throw new Invalid(`${kf}.target`, 'equals the baseline: there is nothing to measure');
      let usage = null;
      if (k.usage) {
        if (!MEASURES.includes(k.usage.measure)) throw new Invalid(`${kf}.usage.measure`, `must be one of ${MEASURES.join(', ')}`);
        usage = { measure: k.usage.measure, feature: k.usage.feature ?? '' };
      }
      return { id: give(k.id, 'k'), name: str(k.name, `${kf}.name`, { required: true, max: 200 }), unit: str(k.unit, `${kf}.unit`, { max: 20 }), baseline, target, current: num(k.current, `${kf}.current`, false), due_on: optDate(k.due_on, `${kf}.due_on`), usage };
    });
    const milestones = (o.milestones ?? []).map((m, j) => {
      const mf = `${f}.milestones[${j}]`;
      only(m, mf, ['id', 'title', 'due_on', 'achieved_on']);
      const achievedOn = optDate(m.achieved_on, `${mf}.achieved_on`);
      if (achievedOn && achievedOn > isoDay(Date.now() + DAY)) throw new Invalid(`${mf}.achieved_on`, 'is in the future');
      return { id: give(m.id, 'm'), title: str(m.title, `${mf}.title`, { required: true }), due_on: optDate(m.due_on, `${mf}.due_on`), achieved_on: achievedOn };
    });
    return { id: give(o.id, 'o'), title, type: o.type, kind: o.kind ?? null, status, due_on: dueOn, owner_user_id: o.owner_user_id ?? null, owner_contact_id: o.owner_contact_id ?? null, evidence: str(o.evidence, `${f}.evidence`, { max: 10000 }), kpis, milestones };
  });
}

/** Every leaf that differs, as banso records it: `objectives[o1].milestones[m3].achieved_on`. */
function diff(before, after) {
  const flat = (plan) => {
    const out = new Map();
    for (const key of ['title', 'definition', 'status', 'starts_on', 'ends_on']) out.set(key, plan?.[key] ?? null);
    for (const o of plan?.objectives ?? []) {
      const p = `objectives[${o.id}]`;
      for (const key of ['title', 'type', 'kind', 'status', 'due_on', 'evidence']) out.set(`${p}.${key}`, o[key]);
      for (const k of o.kpis) for (const key of ['name', 'unit', 'baseline', 'target', 'current', 'due_on']) out.set(`${p}.kpis[${k.id}].${key}`, k[key]);
      for (const m of o.milestones) for (const key of ['title', 'due_on', 'achieved_on']) out.set(`${p}.milestones[${m.id}].${key}`, m[key]);
    }
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  const changes = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const from = a.get(path) ?? null;
    const to = b.get(path) ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ path, from, to });
  }
  return changes;
}

export function successMock({ accounts, contacts, touchpoints, surveys, send, fail, readBody }) {
  const plans = [];
  const history = new Map(); // plan id → [{version, changed_at, actor, user_id, changes}]
  const assessments = [];

  function record(plan, before, user) {
    if (!history.has(plan.id)) history.set(plan.id, []);
    history.get(plan.id).push({ version: plan.version, changed_at: plan.updated_at, actor: user.email, user_id: user.id, changes: diff(before, plan) });
  }

  function fromTemplate(template, accountId, startsOn, user) {
    const now = new Date().toISOString();
    const due = (days) => (days === undefined || days === null ? null : addDays(startsOn, days));
    const plan = {
      id: Math.max(0, ...plans.map((p) => p.id)) + 1, version: 1, account_id: accountId, title: template.name, definition: '', status: 'not_started',
      starts_on: startsOn, ends_on: due(template.duration_days), template_key: template.key, csm_user_id: user.id, customer_contact_id: null,
      objectives: [], created_at: now, updated_at: now, next_item: 1,
    };
    plan.objectives = parseObjectives(
      template.objectives.map((o) => ({
        title: o.title, type: o.type, kind: o.kind ?? null, due_on: due(o.due_in_days),
        kpis: (o.kpis ?? []).map((k) => ({ name: k.name, unit: k.unit ?? '', baseline: k.baseline, target: k.target, current: null, due_on: due(k.due_in_days), usage: k.usage ?? null })),
        milestones: (o.milestones ?? []).map((m) => ({ title: m.title, due_on: due(m.due_in_days), achieved_on: null })),
      })),
      plan,
    );
    plans.push(plan);
    record(plan, null, user);
    return plan;
  }

  // One plan to look at on the first account, a month in, with a milestone done.
  {
    const admin = { id: 1, email: 'admin@banso.example' };
    const plan = fromTemplate(TEMPLATES[1], 1, isoDay(Date.now() - 30 * DAY), admin);
    plan.definition = '営業担当が報告作業に追われず、顧客と話す時間を週 5 時間増やせていること。';
    plan.status = 'on_track';
    plan.objectives[0].status = 'on_track';
    plan.objectives[0].milestones[0].achieved_on = addDays(plan.starts_on, 6);
    plan.objectives[0].kpis[0].current = 11;
    plan.objectives[1].kpis[0].current = 95;
    plan.version = 2;
    plan.updated_at = new Date(Date.now() - 3 * DAY).toISOString();
    history.get(plan.id).push({ version: 2, changed_at: plan.updated_at, actor: 'sato@banso.example', user_id: 2, changes: [
      { path: 'definition', from: '', to: plan.definition },
      { path: 'status', from: 'not_started', to: 'on_track' },
      { path: `objectives[${plan.objectives[0].id}].milestones[${plan.objectives[0].milestones[0].id}].achieved_on`, from: null, to: plan.objectives[0].milestones[0].achieved_on },
      { path: `objectives[${plan.objectives[0].id}].kpis[${plan.objectives[0].kpis[0].id}].current`, from: null, to: 11 },
    ] });
    assessments.push({ id: 1, account_id: 1, level: 'guided', met: [1, 2, 3], note: '管理者が設定を自分で変えられるようになった。', assessed_at: new Date(Date.now() - 20 * DAY).toISOString(), assessed_by: 2 });
  }

  function levelReached(met) {
    let reached = 'dependent';
    for (const level of LEVELS.slice(1)) {
      const of = CRITERIA.filter((c) => c.level === level);
      if (!of.length || !of.every((c) => met.includes(c.id))) break;
      reached = level;
    }
    return reached;
  }

  function relationships(account) {
    const since = Date.now() - 90 * DAY;
    const people = contacts.filter((c) => c.account_id === account.id).map((c) => {
      const touches = touchpoints.filter((t) => t.contact_id === c.id).sort((a, b) => b.occurred_at.localeCompare(a.occurred_at));
      const answers = surveys.filter((s) => s.contact_id === c.id && s.kind === 'nps').sort((a, b) => b.responded_at.localeCompare(a.responded_at));
      const lastTouch = [touches[0]?.occurred_at, answers[0]?.responded_at].filter(Boolean).sort().at(-1) ?? null;
      const recent = touches.filter((t) => Date.parse(t.occurred_at) >= since);
      const engaged = recent.length > 0 || answers.some((s) => Date.parse(s.responded_at) >= since);
      const nps = answers[0]?.score ?? null;
      const sentiment = touches.find((t) => t.sentiment)?.sentiment ?? (nps === null ? null : nps >= 9 ? 'positive' : nps >= 7 ? 'neutral' : 'negative');
      return { id: c.id, name: c.name, title: c.title, role: c.role, departed: c.departed, last_touch_at: lastTouch, touches_90d: recent.length, last_nps: nps, sentiment, engaged };
    });
    const breadth = people.filter((p) => !p.departed && p.engaged).length;
    const departed = people.filter((p) => p.departed && p.role === 'champion').map((p) => p.name);
    const warnings = [];
    if (breadth <= 1) warnings.push('single_threaded');
    if (departed.length) warnings.push('champion_departed');
    if (!people.some((p) => !p.departed && p.role === 'champion')) warnings.push('no_active_champion');
    return { account_id: account.id, breadth, engagement_days: 90, warnings, departed_champions: departed, contacts: people };
  }

  async function body(req) {
    try {
      return JSON.parse((await readBody(req)).toString() || '{}');
    } catch {
      throw new Invalid(null, 'the body is not JSON');
    }
  }

  async function handleApi(req, res, url, path, session) {
    const writer = session.user.role !== 'viewer';
    try {
      if (path === '/success-plan-templates' && req.method === 'GET') return send(res, 200, { data: TEMPLATES });
      let m = /^\/success-plan-templates\/([a-z0-9-]+)$/.exec(path);
      if (m && req.method === 'GET') {
        const template = TEMPLATES.find((t) => t.key === m[1]);
        return template ? send(res, 200, template) : fail(res, 404, 'not_found', 'テンプレートが見つかりません。');
      }
      if (path === '/success-plans/from-template' && req.method === 'POST') {
        if (!writer) return fail(res, 403, 'forbidden', 'この操作の権限がありません。');
        const b = await body(req);
        only(b, '', ['account_id', 'template_key', 'starts_on']);
        const account = accounts.find((a) => a.id === b.account_id);
        if (!account) throw new Invalid('account_id', 'is required');
        const template = TEMPLATES.find((t) => t.key === b.template_key);
        if (!template) return fail(res, 404, 'not_found', 'テンプレートが見つかりません。');
        const startsOn = b.starts_on === undefined ? isoDay(Date.now()) : optDate(b.starts_on, 'starts_on');
        if (!startsOn) throw new Invalid('starts_on', 'must be a date (YYYY-MM-DD)');
        return send(res, 201, withProgress(fromTemplate(template, account.id, startsOn, session.user)));
      }
      m = /^\/accounts\/(\d+)\/(success-plans|self-sufficiency|relationships)$/.exec(path);
      if (m) {
        const account = accounts.find((a) => a.id === Number(m[1]));
        if (!account) return fail(res, 404, 'not_found', '顧客が見つかりません。');
        if (m[2] === 'success-plans' && req.method === 'GET') {
          return send(res, 200, { data: plans.filter((p) => p.account_id === account.id).sort((a, b) => b.id - a.id).map(withProgress) });
        }
        if (m[2] === 'relationships' && req.method === 'GET') return send(res, 200, relationships(account));
        if (m[2] === 'self-sufficiency' && req.method === 'GET') {
          const mine = assessments.filter((a) => a.account_id === account.id).sort((a, b) => b.id - a.id);
          return send(res, 200, { level: mine[0]?.level ?? 'dependent', assessed_at: mine[0]?.assessed_at ?? null, criteria: CRITERIA, history: mine });
        }
        if (m[2] === 'self-sufficiency' && req.method === 'POST') {
          if (!writer) return fail(res, 403, 'forbidden', 'この操作の権限がありません。');
          const b = await body(req);
          only(b, '', ['met', 'note']);
          if (!Array.isArray(b.met)) throw new Invalid('met', 'is required');
          for (const id of b.met) if (!CRITERIA.some((c) => c.id === id)) throw new Invalid('met', `no criterion has id ${id}`);
          const a = { id: assessments.length + 1, account_id: account.id, level: levelReached(b.met), met: [...new Set(b.met)], note: str(b.note, 'note', { max: 5000 }), assessed_at: new Date().toISOString(), assessed_by: session.user.id };
          assessments.push(a);
          return send(res, 201, a);
        }
      }
      m = /^\/success-plans\/(\d+)(\/history)?$/.exec(path);
      if (m) {
        const plan = plans.find((p) => p.id === Number(m[1]));
        if (!plan) return fail(res, 404, 'not_found', '成功計画が見つかりません。');
        if (m[2] && req.method === 'GET') return send(res, 200, { data: history.get(plan.id) ?? [] });
        if (!m[2] && req.method === 'GET') return send(res, 200, withProgress(plan));
        if (!m[2] && req.method === 'PATCH') {
          if (!writer) return fail(res, 403, 'forbidden', 'この操作の権限がありません。');
          const b = await body(req);
          only(b, '', ['version', 'title', 'definition', 'status', 'starts_on', 'ends_on', 'objectives', 'csm_user_id', 'customer_contact_id', 'template_key', 'account_id', 'id', 'progress', 'created_at', 'updated_at']);
          if (typeof b.version !== 'number') throw new Invalid('version', 'is required');
          if (b.version !== plan.version) return fail(res, 409, 'conflict', `the record was changed by someone else (now version ${plan.version}); reload and try again`, 'version');
          const next = structuredClone(plan);
          if (b.title !== undefined) next.title = str(b.title, 'title', { required: true, max: 200 });
          if (b.definition !== undefined) next.definition = str(b.definition, 'definition', { max: 5000 });
          if (b.status !== undefined) {
            if (!STATUSES.includes(b.status)) throw new Invalid('status', `must be one of ${STATUSES.join(', ')}`);
            next.status = b.status;
          }
          if (b.objectives !== undefined) next.objectives = parseObjectives(b.objectives, next);
          next.version += 1;
          next.updated_at = new Date().toISOString();
          const before = structuredClone(plan);
          Object.assign(plan, next);
          record(plan, before, session.user);
          return send(res, 200, withProgress(plan));
        }
        if (!m[2] && req.method === 'DELETE') {
          if (!writer) return fail(res, 403, 'forbidden', 'この操作の権限がありません。');
          plans.splice(plans.indexOf(plan), 1);
          return send(res, 204, null);
        }
      }
      return false;
    } catch (error) {
      if (error instanceof Invalid) return fail(res, 400, 'invalid', error.message, error.field);
      throw error;
    }
  }

  /** A plan seeded from a sales hand-off (dev/mock-journey.mjs): the definition is why they
   *  bought, one CO objective per expected outcome, on top of the template's when one is named.
   *  Null when the template does not exist. */
  function seedPlan({ accountId, templateKey, definition, outcomes, user }) {
    let plan;
    if (templateKey) {
      const template = TEMPLATES.find((t) => t.key === templateKey);
      if (!template) return null;
      plan = fromTemplate(template, accountId, isoDay(Date.now()), user);
    } else {
      plan = fromTemplate({ key: null, name: '成功計画（営業からの引き継ぎ）', duration_days: 90, objectives: [] }, accountId, isoDay(Date.now()), user);
      plan.template_key = null;
    }
    plan.definition = definition;
    plan.objectives = [...plan.objectives, ...parseObjectives(outcomes.map((title) => ({ title, type: 'co', kind: 'problem_solved' })), plan)];
    // One "created" entry with everything in it, as for any new plan.
    history.get(plan.id).splice(0, 1);
    record(plan, null, user);
    return withProgress(plan);
  }

  return { handleApi, seedPlan };
}
