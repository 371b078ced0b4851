// Product usage for dev/mock-server.mjs (issue 4): event sources, the event catalogue and
// daily volume, the event → feature mapping, the live stream (server-sent events, fed by a
// timer and by /v1/track and /v1/batch with a source's write key), and per-account usage
// (DAU / WAU / MAU from simulated users). Canned, deterministic, Japanese. Answers are shaped as
// banso's (docs/openapi.json): `{ data: [...] }` lists, errors naming `data[i].feature`, a live
// stream for admins only without log positions, usage rows with active days.
import { randomBytes, randomUUID } from 'node:crypto';

const DAY = 86_400_000;

/** A stable pseudo-random number in [0, 1) for any list of keys. */
function hash(...keys) {
  let h = 2166136261;
  for (const ch of keys.join('|')) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

function todayMs() {
  const d = new Date();
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const parseDay = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s ?? '') ? Date.parse(`${s}T00:00:00Z`) : NaN);
/** Weekdays busy, weekends quiet: Japanese B2B. */
const weekday = (ms) => [0.18, 1, 1.05, 1.08, 1.02, 0.92, 0.15][new Date(ms).getUTCDay()];

// name, type, feature, daily volume (all accounts)
const CATALOG = [
  ['dashboard_viewed', 'track', 'ダッシュボード閲覧', 5200],
  ['report_exported', 'track', 'レポート出力', 1380],
  ['report_created', 'track', 'レポート作成', 610],
  ['search_performed', 'track', null, 2400],
  ['csv_imported', 'track', 'CSV インポート', 140],
  ['user_invited', 'track', 'ユーザー招待', 45],
  ['alert_configured', 'track', 'アラート設定', 96],
  ['comment_posted', 'track', 'コメント', 820],
  ['workflow_run', 'track', 'ワークフロー自動化', 1900],
  ['api_key_created', 'track', 'API 連携', 12],
  ['settings_updated', 'track', null, 75],
  ['signed_in', 'track', null, 3100],
  ['Dashboard', 'page', null, 6100],
  ['Reports', 'page', null, 2300],
  ['ReportDetail', 'screen', null, 880],
  ['legacy_export_clicked', 'track', null, 0],
];

const PROPS = {
  dashboard_viewed: () => ({ dashboard: ['ヘルススコア概要', '更新予定の顧客', '利用状況サマリー'][Math.floor(Math.random() * 3)], widgets: 6 }),
  report_exported: () => ({ format: Math.random() < 0.6 ? 'csv' : 'pdf', report_id: `rpt_${Math.floor(Math.random() * 900 + 100)}`, rows: Math.floor(Math.random() * 5000) }),
  report_created: () => ({ template: ['解約リスク一覧', '月次 KPI', 'NPS 推移'][Math.floor(Math.random() * 3)] }),
  search_performed: () => ({ query: ['更新 90日', 'あおぞら', 'ヘルススコア 赤', '物流'][Math.floor(Math.random() * 4)], results: Math.floor(Math.random() * 40) }),
  comment_posted: () => ({ thread: 'QBR 準備', length: Math.floor(Math.random() * 200) }),
  workflow_run: () => ({ workflow: '更新 90 日前フォロー', steps: 4, succeeded: Math.random() > 0.05 }),
};

export function usageMock({ accounts, contacts, send, fail, readBody }) {
  const now = Date.now();
  const sources = [
    { id: 1, name: 'Web アプリ（本番）', key_prefix: 'bsk_Q3mT', created_at: new Date(now - 214 * DAY).toISOString(), revoked_at: null, rate_limit_per_second: 1000, events_received: 1_284_551, last_event_at: new Date(now - 12_000).toISOString() },
    { id: 2, name: 'モバイルアプリ（iOS / Android）', key_prefix: 'bsk_8pLx', created_at: new Date(now - 120 * DAY).toISOString(), revoked_at: null, rate_limit_per_second: 500, events_received: 312_908, last_event_at: new Date(now - 3 * 60_000).toISOString() },
    { id: 3, name: 'バッチ連携（旧）', key_prefix: 'bsk_Zk01', created_at: new Date(now - 400 * DAY).toISOString(), revoked_at: new Date(now - 30 * DAY).toISOString(), rate_limit_per_second: 100, events_received: 45_120, last_event_at: new Date(now - 31 * DAY).toISOString() },
  ];
  const writeKeys = new Map(sources.map((s) => [s.id, `${s.key_prefix}${randomBytes(18).toString('base64url')}`]));

  const catalog = CATALOG.map(([name, type, feature, daily]) => {
    const firstDays = 60 + Math.floor(hash(name, 'first') * 300);
    const lastAgo = daily === 0 ? 41 * DAY : Math.floor(hash(name, 'last') * 600_000);
    return { name, type, count: daily * firstDays + Math.floor(hash(name) * 997), first_seen: new Date(now - firstDays * DAY - hash(name, 'h') * DAY).toISOString(), last_seen: new Date(now - lastAgo).toISOString(), feature };
  });
  let features = catalog
    .filter((e) => e.feature)
    .map((e) => ({ event_name: e.name, feature: e.feature }))
    .sort((a, b) => (a.event_name < b.event_name ? -1 : 1));

  const dailyVolume = new Map(CATALOG.map((c) => [c[0], c[3]]));
  const ingested = new Map(); // `${name}|${YYYY-MM-DD}` → events sent to /v1/* here
  function volumeOn(ms, name) {
    const events = name ? catalog.filter((e) => e.name === name) : catalog;
    let total = 0;
    for (const e of events) {
      const base = dailyVolume.get(e.name) ?? 0;
      const growth = 1 + ((ms - todayMs()) / DAY) * -0.0015; // a little growth over time
      total += Math.round(base * weekday(ms) / Math.max(growth, 0.6) * (0.85 + hash(e.name, ms) * 0.3));
      total += ingested.get(`${e.name}|${isoDay(ms)}`) ?? 0;
    }
    return total;
  }

  // ---------- per-account usage: simulated users ----------

  const ACTIVE_STAGES = new Set(['onboarding', 'adopting', 'renewing', 'expanding', 'advocating', 'evaluating', 'buying']);
  const FEATURE_NAMES = CATALOG.filter((c) => c[2]).map((c) => c[2]);
  const EVENT_NAMES = CATALOG.filter((c) => c[3] > 0).map((c) => c[0]);

  function usersOf(account) {
    if (!ACTIVE_STAGES.has(account.journey_stage)) return [];
    const people = contacts.filter((c) => c.account_id === account.id && !c.departed);
    const extra = 4 + Math.floor(hash(account.id, 'extra') * 26);
    const list = people.map((c) => ({ user_id: `u${c.id}`, contact_id: c.id, name: c.name, email: c.email }));
    for (let i = 0; i < extra; i++) {
      list.push({ user_id: `usr_${account.id.toString(36)}${Math.floor(hash(account.id, i) * 46656).toString(36)}`, contact_id: null, name: null, email: i % 3 === 0 ? `user${i + 1}@${account.domain}` : null });
    }
    const slope = account.journey_stage === 'renewing' ? -0.5 : hash(account.id, 'slope') * 0.7 - 0.25;
    // Daily chance of being active: a few heavy users, many occasional ones, some dormant.
    return list.map((u, i) => ({ ...u, p: 0.008 + hash(account.id, u.user_id) ** 2.4 * (i < people.length ? 0.8 : 0.55), slope }));
  }

  function activeOn(user, ms) {
    // slope > 0: busier now than 90 days ago (slope < 0: quieter).
    const daysAgo = (todayMs() - ms) / DAY;
    const p = user.p * weekday(ms) * Math.max(0.1, 1 - (user.slope * daysAgo) / 90);
    return hash(user.user_id, ms) < p;
  }
  const eventsOn = (user, ms) => 2 + Math.floor(hash(user.user_id, ms, 'n') * 24);

  function usage(account, from, to) {
    const users = usersOf(account);
    const seats = account.custom_attributes?.seats ?? null; // banso: the seats of the contracts active at `to`
    const first = from - 34 * DAY; // WAU / MAU windows reach back before the range
    const actives = new Map(); // ms → Set(user_id)
    for (let ms = first; ms <= to; ms += DAY) actives.set(ms, new Set(users.filter((u) => activeOn(u, ms)).map((u) => u.user_id)));
    const distinct = (end, span) => {
      const set = new Set();
      for (let ms = end - (span - 1) * DAY; ms <= end; ms += DAY) for (const id of actives.get(ms) ?? []) set.add(id);
      return set.size;
    };
    const days = [];
    const perUser = new Map(); // user_id → { days: active days in range, last: last active day }
    for (let ms = first; ms < from; ms += DAY) {
      for (const id of actives.get(ms)) perUser.set(id, { days: 0, last: ms });
    }
    for (let ms = from; ms <= to; ms += DAY) {
      let events = 0;
      for (const u of users) {
        if (!actives.get(ms).has(u.user_id)) continue;
        events += eventsOn(u, ms);
        const seen = perUser.get(u.user_id) ?? { days: 0, last: 0 };
        perUser.set(u.user_id, { days: seen.days + 1, last: ms });
      }
      days.push({ date: isoDay(ms), dau: actives.get(ms).size, wau: distinct(ms, 7), mau: distinct(ms, 30), events });
    }
    const totalEvents = days.reduce((s, d) => s + d.events, 0);
    const dauAverage = days.length ? days.reduce((s, d) => s + d.dau, 0) / days.length : 0;
    const last = days[days.length - 1] ?? { wau: 0, mau: 0 };
    const previous = distinct(to - 28 * DAY, 7);
    const activeUsers = [...perUser.values()].filter((u) => u.days > 0).length;
    const weights = FEATURE_NAMES.map((f) => [f, hash(account.id, f) ** 2]);
    const weightSum = weights.reduce((s, [, w]) => s + w, 0) || 1;
    const eventWeights = EVENT_NAMES.map((e) => [e, hash(account.id, e) ** 2]);
    const eventWeightSum = eventWeights.reduce((s, [, w]) => s + w, 0) || 1;
    const mappedShare = 0.7;
    return {
      account_id: account.id,
      from: isoDay(from),
      to: isoDay(to),
      licensed_seats: seats,
      days,
      dau_average: Math.round(dauAverage * 10) / 10,
      wau: last.wau,
      mau: last.mau,
      stickiness: last.mau ? Math.round((dauAverage / last.mau) * 100) / 100 : 0,
      seat_utilisation: seats ? Math.round((last.mau / seats) * 1000) / 1000 : null,
      trend_4w: totalEvents ? { current_weekly_active: last.wau, previous_weekly_active: previous, change: previous ? Math.round(((last.wau - previous) / previous) * 100) / 100 : null } : null,
      top_features: totalEvents
        ? weights
            .map(([feature, w]) => ({ feature, events: Math.round((totalEvents * mappedShare * w) / weightSum), users: Math.max(1, Math.round(activeUsers * (0.15 + 0.85 * w))) }))
            .filter((f) => f.events > 0)
            .sort((a, b) => b.events - a.events)
            .slice(0, 6)
        : [],
      top_events: totalEvents
        ? eventWeights
            .map(([name, w]) => ({ name, type: CATALOG.find((c) => c[0] === name)[1], count: Math.round((totalEvents * w) / eventWeightSum) }))
            .filter((e) => e.count > 0)
            .sort((a, b) => b.count - a.count)
            .slice(0, 6)
        : [],
      users: users
        .filter((u) => perUser.has(u.user_id))
        .map((u) => {
          const seen = perUser.get(u.user_id);
          const today = seen.last === todayMs();
          const lastSeen = today ? Date.now() - hash(u.user_id, 'h') * Math.min(Date.now() - seen.last, 3 * 3_600_000) : seen.last + (0.5 + hash(u.user_id, 'h') * 10) * 3_600_000;
          return { user_id: u.user_id, contact_id: u.contact_id, name: u.name, email: u.email, last_seen: new Date(lastSeen).toISOString(), active_days: seen.days };
        })
        .sort((a, b) => b.last_seen.localeCompare(a.last_seen))
        .slice(0, 200),
    };
  }

  // ---------- live stream ----------

  const clients = new Set(); // { res, sourceId }
  let timer = null;

  function publish(kind, data) {
    for (const client of clients) {
      if (client.sourceId !== null && client.sourceId !== data.source_id) continue;
      client.res.write(`event: ${kind}\ndata: ${JSON.stringify(data)}\n\n`);
    }
  }

  function accepted(sourceId, item) {
    const source = sources.find((s) => s.id === sourceId);
    const received = new Date().toISOString();
    if (source) {
      source.events_received += 1;
      source.last_event_at = received;
    }
    const type = item.type ?? 'track';
    const counted = ['track', 'page', 'screen'].includes(type);
    const name = type === 'track' ? item.event : counted ? item.name ?? null : null;
    const entry = catalog.find((e) => e.name === name && e.type === type);
    if (name) ingested.set(`${name}|${received.slice(0, 10)}`, (ingested.get(`${name}|${received.slice(0, 10)}`) ?? 0) + 1);
    if (entry) {
      entry.count += 1;
      entry.last_seen = received;
    } else if (name) {
      catalog.push({ name, type, count: 1, first_seen: received, last_seen: received, feature: null });
    }
    // As banso sends it: the groupId of a group call (or a call's context.groupId), properties
    // and traits only when the message had them.
    const message = {
      source_id: sourceId,
      type,
      event: type === 'track' ? item.event : null,
      name: type === 'page' || type === 'screen' ? item.name ?? null : null,
      user_id: item.userId ?? null,
      anonymous_id: item.anonymousId ?? null,
      group_id: type === 'alias' ? null : item.groupId ?? item.context?.groupId ?? null,
      timestamp: item.timestamp ?? received,
      received_at: received,
      message_id: item.messageId ?? randomUUID(),
    };
    if (item.properties && typeof item.properties === 'object') message.properties = item.properties;
    if (item.traits && typeof item.traits === 'object') message.traits = item.traits;
    publish('event', message);
  }

  /** Why an item is refused, or null. */
  function problem(item) {
    if (!['track', 'page', 'screen', 'identify', 'group', 'alias'].includes(item.type)) return { field: 'type', reason: 'unknown type' };
    if (item.type === 'track' && (typeof item.event !== 'string' || !item.event)) return { field: 'event', reason: 'a track call needs an event name' };
    if (item.type === 'group' && !item.groupId) return { field: 'groupId', reason: 'a group call needs a groupId' };
    if (item.type === 'alias' && !item.previousId) return { field: 'previousId', reason: 'an alias call needs a previousId' };
    if (!item.userId && !item.anonymousId) return { field: 'userId', reason: 'userId or anonymousId is required' };
    if (item.timestamp && Number.isNaN(Date.parse(item.timestamp))) return { field: 'timestamp', reason: 'not an ISO-8601 timestamp' };
    return null;
  }

  /** The items refused, as banso lists them. */
  function ingestItems(sourceId, items) {
    const rejected = [];
    items.forEach((item, index) => {
      const why = problem(item);
      if (why) {
        const refusal = { index, ...why, message_id: item.messageId ?? null };
        rejected.push(refusal);
        publish('rejected', { source_id: sourceId, ...refusal });
      } else accepted(sourceId, item);
    });
    return rejected;
  }

  const liveContacts = contacts.filter((c) => !c.departed && ACTIVE_STAGES.has(accounts.find((a) => a.id === c.account_id)?.journey_stage));
  function tick() {
    const sourceId = Math.random() < 0.75 ? 1 : 2;
    if (Math.random() < 0.08) {
      const samples = [
        { field: 'event', reason: 'a track call needs an event name' },
        { field: 'timestamp', reason: 'not an ISO-8601 timestamp' },
        { field: 'userId', reason: 'userId or anonymousId is required' },
      ];
      publish('rejected', { source_id: sourceId, index: Math.floor(Math.random() * 20), ...samples[Math.floor(Math.random() * samples.length)], message_id: Math.random() < 0.5 ? randomUUID() : null });
      return;
    }
    const weighted = CATALOG.filter((c) => c[3] > 0);
    const total = weighted.reduce((s, c) => s + c[3], 0);
    let pick = Math.random() * total;
    const [name, type] = weighted.find((c) => (pick -= c[3]) < 0) ?? weighted[0];
    const anonymous = Math.random() < 0.1;
    const contact = liveContacts[Math.floor(Math.random() * liveContacts.length)];
    if (!anonymous && Math.random() < 0.06) {
      // Now and then a user is identified again, or tied to their account.
      const account = accounts.find((a) => a.id === contact.account_id);
      const group = Math.random() < 0.5 && account?.external_id;
      accepted(sourceId, {
        type: group ? 'group' : 'identify',
        userId: `u${contact.id}`,
        groupId: group ? account.external_id : undefined,
        traits: group ? { name: account.name, plan: 'enterprise' } : { name: contact.name, email: contact.email, title: contact.title ?? undefined },
        timestamp: new Date().toISOString(),
        messageId: randomUUID(),
      });
      return;
    }
    accepted(sourceId, {
      type,
      event: type === 'track' ? name : undefined,
      name: type === 'track' ? undefined : name,
      userId: anonymous ? undefined : `u${contact.id}`,
      anonymousId: anonymous ? randomUUID() : undefined,
      timestamp: new Date(Date.now() - Math.floor(Math.random() * 4000)).toISOString(),
      messageId: randomUUID(),
      properties: (PROPS[name] ?? (() => (type === 'track' ? {} : { path: `/${name.toLowerCase()}`, title: `${name} | Banso` })))(),
    });
  }

  function stream(req, res, url) {
    const sourceId = url.searchParams.get('source_id') ? Number(url.searchParams.get('source_id')) : null;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const client = { res, sourceId };
    clients.add(client);
    if (!timer) {
      timer = setInterval(tick, 900);
      timer.unref();
    }
    req.on('close', () => {
      clients.delete(client);
      if (clients.size === 0 && timer) {
        clearInterval(timer);
        timer = null;
      }
    });
  }

  // ---------- routes ----------

  const canEditFeatures = (session) => ['admin', 'manager'].includes(session.user.role);

  /** /api/v1 routes of product usage; false when the path is not one of them. */
  async function handleApi(req, res, url, path, session) {
    if (path === '/sources' || path.startsWith('/sources/')) {
      if (session.user.role !== 'admin') return fail(res, 403, 'forbidden', 'この操作には管理者の権限が必要です。');
      if (path === '/sources' && req.method === 'GET') return send(res, 200, { data: sources });
      if (path === '/sources' && req.method === 'POST') {
        const body = JSON.parse((await readBody(req)).toString() || '{}');
        const name = typeof body.name === 'string' ? body.name.trim() : '';
        if (!name || [...name].length > 100) return fail(res, 400, 'invalid', 'must be 1 to 100 characters', 'name');
        const rate = body.rate_limit_per_second ?? 1000;
        if (!Number.isInteger(rate)) return fail(res, 400, 'invalid', 'must be an integer', 'rate_limit_per_second');
        if (rate < 1 || rate > 10_000_000) return fail(res, 400, 'invalid', 'must be between 1 and 10000000', 'rate_limit_per_second');
        const key = `bsk_${randomBytes(24).toString('base64url')}`;
        const source = { id: Math.max(0, ...sources.map((s) => s.id)) + 1, name, key_prefix: key.slice(0, 8), created_at: new Date().toISOString(), revoked_at: null, rate_limit_per_second: rate, events_received: 0, last_event_at: null };
        sources.push(source);
        writeKeys.set(source.id, key);
        return send(res, 201, { ...source, write_key: key });
      }
      const m = /^\/sources\/(\d+)\/revoke$/.exec(path);
      if (m && req.method === 'POST') {
        const source = sources.find((s) => s.id === Number(m[1]));
        if (!source) return fail(res, 404, 'not_found', 'ソースが見つかりません。');
        source.revoked_at ??= new Date().toISOString();
        const { events_received: _n, last_event_at: _at, ...plain } = source; // as banso answers
        return send(res, 200, plain);
      }
      return fail(res, 404, 'not_found', `no route ${req.method} ${url.pathname}`);
    }
    if (path === '/events/catalog') return send(res, 200, catalog.map((e) => ({ ...e, feature: features.find((f) => f.event_name === e.name)?.feature ?? null })));
    if (path === '/events/volume') {
      const from = parseDay(url.searchParams.get('from'));
      const to = parseDay(url.searchParams.get('to'));
      if (Number.isNaN(from)) return fail(res, 400, 'invalid', '日付は YYYY-MM-DD で指定してください。', 'from');
      if (Number.isNaN(to) || to < from) return fail(res, 400, 'invalid', '日付は YYYY-MM-DD で、from 以降を指定してください。', 'to');
      const name = url.searchParams.get('name') || null;
      const days = [];
      for (let ms = from; ms <= to; ms += DAY) {
        const count = volumeOn(ms, name);
        if (count > 0) days.push({ date: isoDay(ms), count }); // days without events left out, as a server may
      }
      return send(res, 200, { from: isoDay(from), to: isoDay(to), name, days });
    }
    if (path === '/events/features' && req.method === 'GET') return send(res, 200, { data: features });
    if (path === '/events/features' && req.method === 'PUT') {
      if (!canEditFeatures(session)) return fail(res, 403, 'forbidden', 'this needs the configure-usage permission');
      const body = JSON.parse((await readBody(req)).toString() || '{}');
      if (!Array.isArray(body.data)) return fail(res, 400, 'invalid', 'must be a list of {event_name, feature}', 'data');
      const seen = new Set();
      for (const [i, item] of body.data.entries()) {
        const eventName = typeof item?.event_name === 'string' ? item.event_name : null;
        const feature = typeof item?.feature === 'string' ? item.feature.trim() : null;
        if (eventName === null) return fail(res, 400, 'invalid', 'is required (a string)', `data[${i}].event_name`);
        if (feature === null) return fail(res, 400, 'invalid', 'is required (a string)', `data[${i}].feature`);
        if (!eventName.trim() || [...eventName].length > 200) return fail(res, 400, 'invalid', 'must be 1 to 200 characters', `data[${i}].event_name`);
        if (!feature || [...feature].length > 100) return fail(res, 400, 'invalid', 'must be 1 to 100 characters', `data[${i}].feature`);
        if (seen.has(eventName)) return fail(res, 400, 'invalid', 'is mapped twice', `data[${i}].event_name`);
        seen.add(eventName);
      }
      // banso keeps the mapping by event name, and answers it in that order.
      features = body.data.map((item) => ({ event_name: item.event_name, feature: item.feature.trim() })).sort((a, b) => (a.event_name < b.event_name ? -1 : a.event_name > b.event_name ? 1 : 0));
      return send(res, 200, { data: features });
    }
    if (path === '/events/status' && req.method === 'GET') {
      // Everything here is applied as it arrives.
      const committed = sources.reduce((sum, s) => sum + s.events_received, 0);
      return send(res, 200, { committed_position: committed, applied_position: committed, events_committed: committed, events_applied: committed, dedup_window_days: 7, dedup_entries: 0, analytics_role: true });
    }
    if (path === '/events/stream' && req.method === 'GET') {
      // Raw traits are personal data: admins only.
      if (session.user.role !== 'admin') return fail(res, 403, 'forbidden', 'this needs the manage-sources permission');
      return stream(req, res, url);
    }
    const m = /^\/accounts\/(\d+)\/usage$/.exec(path);
    if (m && req.method === 'GET') {
      const account = accounts.find((a) => a.id === Number(m[1]));
      if (!account) return fail(res, 404, 'not_found', '顧客が見つかりません。');
      const from = parseDay(url.searchParams.get('from'));
      const to = parseDay(url.searchParams.get('to'));
      if (Number.isNaN(from) || Number.isNaN(to) || to < from || to - from > 400 * DAY) {
        return fail(res, 400, 'invalid', '期間は YYYY-MM-DD で、400 日以内で指定してください。', Number.isNaN(from) ? 'from' : 'to');
      }
      return send(res, 200, usage(account, from, to));
    }
    return false;
  }

  /** The Segment tracking API (/v1/track, /v1/page, /v1/screen, /v1/batch) with a write key. */
  async function handleIngest(req, res, url) {
    if (req.method !== 'POST') return fail(res, 405, 'invalid', 'POST only');
    const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const key = auth ? Buffer.from(auth[1], 'base64').toString().replace(/:$/, '') : '';
    const sourceId = [...writeKeys.entries()].find(([, k]) => k === key)?.[0];
    const source = sources.find((s) => s.id === sourceId);
    if (!source || source.revoked_at) return fail(res, 401, 'unauthorized', 'invalid or revoked write key');
    let body;
    try {
      body = JSON.parse((await readBody(req)).toString() || '{}');
    } catch {
      return fail(res, 400, 'invalid', 'body is not JSON');
    }
    const kind = url.pathname.replace(/^\/v1\//, '');
    if (kind === 'batch' && !Array.isArray(body.batch)) return fail(res, 400, 'invalid', 'must be a list of messages', 'batch');
    const items = kind === 'batch' ? body.batch : [{ ...body, type: kind }];
    const rejected = ingestItems(source.id, items);
    if (rejected.length > 0 && rejected.length === items.length) {
      const first = rejected[0];
      return send(res, 400, { success: false, error: { code: 'invalid', message: `no message was accepted: ${first.field} ${first.reason}`, field: first.field }, rejected });
    }
    return send(res, 200, rejected.length ? { success: true, rejected } : { success: true });
  }

  return { handleApi, handleIngest };
}
