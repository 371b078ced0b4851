#!/usr/bin/env node
// A throw-away stand-in for the Banso server, for looking at the console before the real
// server exists: serves dist/ at /app and canned JSON (Japanese data) for /api/v1.
// Not what the real e2e runs against. Usage:
//   npm run build && node dev/mock-server.mjs [port]   (default 18081; sign in as admin@banso.example / banso-demo)
// Every user below signs in with the same password (emma@… is a manager, tanaka@… a marketer,
// held back by failed sign-ins at start); staff added on /staff sign in with their own.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { journeyMock } from './mock-journey.mjs';
import { staffMock } from './mock-staff.mjs';
import { successMock } from './mock-success.mjs';
import { usageMock } from './mock-usage.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const MOCK_EMAIL = 'admin@banso.example';
export const MOCK_PASSWORD = 'banso-demo';

// ---------- data ----------

const users = [
  { id: 1, email: MOCK_EMAIL, name: '山田 太郎', role: 'admin', language: 'ja' },
  { id: 2, email: 'sato@banso.example', name: '佐藤 花子', role: 'csm', language: 'ja' },
  { id: 3, email: 'suzuki@banso.example', name: '鈴木 一郎', role: 'csm', language: 'ja' },
  { id: 4, email: 'emma@banso.example', name: 'Emma Clarke', role: 'manager', language: 'en' },
  { id: 5, email: 'tanaka@banso.example', name: '田中 美咲', role: 'marketer', language: 'ja' },
];

const COMPANIES = [
  ['株式会社ばんそう', 'バンソウ', 'banso.example', 'ソフトウェア'],
  ['さくら精機株式会社', 'サクラセイキ', 'sakura-seiki.example', '製造'],
  ['株式会社みらい物流', 'ミライブツリュウ', 'mirai-logi.example', '物流'],
  ['東都フィナンシャル株式会社', 'トウトフィナンシャル', 'toto-fin.example', '金融'],
  ['合同会社こもれび', 'コモレビ', 'komorebi.example', '小売'],
  ['北斗メディカル株式会社', 'ホクトメディカル', 'hokuto-med.example', 'ヘルスケア'],
  ['株式会社あおぞら教育', 'アオゾラキョウイク', 'aozora-edu.example', '教育'],
  ['日本橋フーズ株式会社', 'ニホンバシフーズ', 'nihonbashi-foods.example', '食品'],
  ['株式会社つばさ旅行', 'ツバサリョコウ', 'tsubasa-travel.example', '旅行'],
  ['浪速エンジニアリング株式会社', 'ナニワエンジニアリング', 'naniwa-eng.example', '建設'],
  ['Acme Analytics Inc.', null, 'acme-analytics.example', 'Software'],
  ['Northwind Trading GmbH', null, 'northwind.example', 'Wholesale'],
  ['株式会社しずく化粧品', 'シズクケショウヒン', 'shizuku.example', '化粧品'],
  ['富士山デジタル株式会社', 'フジサンデジタル', 'fujisan-digital.example', 'IT サービス'],
  ['株式会社かがやき不動産', 'カガヤキフドウサン', 'kagayaki-re.example', '不動産'],
  ['Blue Harbor Ltd.', null, 'blueharbor.example', 'Media'],
];
const TIERS = ['high_touch', 'low_touch', 'tech_touch'];
const BANDS = ['1-9', '10-49', '50-249', '250-999', '1000-4999', '5000+'];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
function addDays(days) {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

const accounts = [];
for (let i = 0; i < 64; i++) {
  const [base, kana, domain, industry] = COMPANIES[i % COMPANIES.length];
  const round = Math.floor(i / COMPANIES.length);
  const foreign = kana === null;
  const name = round === 0 ? base : foreign ? `${base.replace(/ (Inc\.|GmbH|Ltd\.)$/, '')} ${['West', 'Asia', 'Labs'][round - 1]}` : base.replace(/株式会社|合同会社/, (m) => m) + ['', '（関西支社）', '（九州）', 'ホールディングス'][round];
  const currency = foreign ? (i % 2 ? 'USD' : 'EUR') : 'JPY';
  const arr = foreign ? (48_000 + ((i * 7919) % 90) * 1_000) * 100 + (i % 3) * 50 : (1_200_000 + ((i * 7919) % 120) * 240_000);
  accounts.push({
    id: i + 1,
    version: 1 + (i % 3),
    name,
    name_kana: kana ? kana + (round ? ['', 'カンサイシシャ', 'キュウシュウ', 'ホールディングス'][round] : '') : null,
    external_id: `0015g0000${String(100000 + i * 37).padStart(6, '0')}`,
    domain: round === 0 ? domain : domain.replace('.example', `-${round}.example`),
    industry,
    employee_band: BANDS[i % BANDS.length],
    country: foreign ? (currency === 'USD' ? 'US' : 'DE') : 'JP',
    currency,
    owner_id: [2, 3, 2, 4, 3][i % 5],
    owner_name: users.find((u) => u.id === [2, 3, 2, 4, 3][i % 5]).name,
    tier_override: i % 11 === 0 ? 'high_touch' : null,
    tier: i % 13 === 5 ? null : i % 11 === 0 ? 'high_touch' : TIERS[i % 3],
    // Set, with its history, by dev/mock-journey.mjs.
    journey_stage: 'prospect',
    journey_stage_since: '2025-11-23T01:02:03Z',
    moment_of_truth: 'zmot',
    start_date: isoDay(addDays(-900 + i * 9)),
    renewal_date: i % 17 === 3 ? null : isoDay(addDays(12 + ((i * 37) % 400))),
    custom_attributes: i % 2 === 0 ? { plan: ['Enterprise', 'Business', 'Starter'][i % 3], region: ['関東', '関西', '九州'][i % 3], sso_enabled: i % 4 === 0, seats: 20 + i * 5 } : {},
    arr_minor: arr,
    created_at: '2025-11-23T01:02:03Z',
    updated_at: '2026-02-14T08:30:00Z',
  });
}

const PEOPLE = [
  ['高橋 健太', '情報システム部 部長', 'champion'],
  ['伊藤 さくら', '経営企画室 室長', 'decision_maker'],
  ['渡辺 翔', 'カスタマーサポート', 'user'],
  ['小林 由美', '代表取締役', 'executive_sponsor'],
  ['加藤 大輔', '営業部 マネージャー', 'user'],
  ['中村 あかり', 'マーケティング部', null],
];
const contacts = [];
const surveys = [];
const touchpoints = [];
const contracts = [];
const movements = [];
const SUMMARIES = [
  ['meeting', '四半期ビジネスレビュー（QBR）を実施。活用状況と次四半期の成功の定義を確認。', 'positive'],
  ['call', '更新に向けて予算の状況をヒアリング。来月に決裁者との面談を設定。', 'neutral'],
  ['email', 'オンボーディング資料と管理者向けガイドを送付。', null],
  ['chat', 'CSV インポートの文字化け（Shift_JIS）について問い合わせ。手順を案内し解決。', 'positive'],
  ['note', 'チャンピオンの高橋さんが異動予定との情報。関係を他の担当者にも広げる必要あり。', 'negative'],
  ['webinar', '活用促進ウェビナー「ダッシュボードの作り方」に 3 名が参加。', 'positive'],
  ['onsite', '本社を訪問し、現場の利用者 5 名にヒアリング。レポート機能への要望が多い。', 'neutral'],
];
let tpId = 1;
let svId = 1;
let ctId = 1;
accounts.forEach((account, ai) => {
  const count = 3 + (ai % 4);
  for (let k = 0; k < count; k++) {
    const [name, title, role] = PEOPLE[(ai + k) % PEOPLE.length];
    contacts.push({
      id: contacts.length + 1,
      version: 1,
      account_id: account.id,
      external_id: null,
      name: account.currency === 'JPY' ? name : ['Olivia Brown', 'Liam Meyer', 'Sophia Wang', 'Noah Schmidt', 'Ava Johnson', 'Lucas Weber'][(ai + k) % 6],
      email: `contact${contacts.length + 1}@${account.domain}`,
      title,
      role,
      phone: account.currency === 'JPY' ? `03-${String(1000 + ai).padStart(4, '0')}-${String(2000 + k).padStart(4, '0')}` : null,
      language: account.currency === 'JPY' ? 'ja' : 'en',
      marketing_consent: (ai + k) % 3 !== 0,
      departed: k === 2 && ai % 3 === 0,
      created_at: '2025-11-23T01:02:03Z',
      updated_at: '2025-11-23T01:02:03Z',
    });
  }
  const accountContacts = contacts.filter((c) => c.account_id === account.id);
  if (ai % 9 !== 8) {
    const n = 3 + (ai % 5);
    for (let k = 0; k < n; k++) {
      const [kind, summary, sentiment] = SUMMARIES[(ai + k) % SUMMARIES.length];
      const when = addDays(-(k * 11 + (ai % 5)));
      when.setUTCHours(1 + ((k * 3) % 8), (k * 17) % 60);
      touchpoints.push({
        id: tpId++,
        version: 1,
        account_id: account.id,
        contact_id: accountContacts[k % accountContacts.length]?.id ?? null,
        kind,
        occurred_at: when.toISOString(),
        author_id: account.owner_id,
        author_name: account.owner_name,
        summary,
        sentiment,
      });
    }
  }
  for (let k = 0; k < 8; k++) {
    const contact = accountContacts[k % accountContacts.length];
    const when = addDays(-(k * 38 + 3));
    when.setUTCHours(5, 12);
    surveys.push({
      id: svId++,
      version: 1,
      account_id: account.id,
      contact_id: contact.id,
      contact_name: contact.name,
      kind: k % 4 === 3 ? 'csat' : 'nps',
      score: k % 4 === 3 ? 4 : [9, 7, 10, 4, 8, 6, 9, 10][(ai + k) % 8],
      comment: ['サポートの対応が早くて助かっています。', 'レポートの自由度をもう少し上げてほしい。', null, '導入時の設定が難しかった。', 'Great onboarding experience.'][(ai + k) % 5],
      responded_at: when.toISOString(),
    });
  }
  const digits = account.currency === 'JPY' ? 1 : 100;
  const products = ['Banso Cloud ビジネス', 'ヘルススコア オプション', 'コミュニティ アドオン'];
  for (let k = 0; k < 2 + (ai % 2); k++) {
    const mrr = Math.round(account.arr_minor / 12 / (k + 1.5) / digits) * digits;
    const ended = k === 2;
    contracts.push({
      id: ctId,
      version: 1,
      account_id: account.id,
      external_id: `C-${10000 + ctId}`,
      product: products[k],
      start_date: isoDay(addDays(-700 + k * 120)),
      end_date: ended ? isoDay(addDays(-30)) : account.renewal_date,
      amount_minor: mrr * 12,
      currency: account.currency,
      billing_period: ['annual', 'monthly', 'quarterly'][k],
      mrr_minor: mrr,
      status: ended ? 'ended' : 'active',
      created_at: '2025-11-23T01:02:03Z',
      updated_at: '2025-11-23T01:02:03Z',
    });
    const kinds = k === 0 ? ['new', 'expansion', 'contraction'] : k === 1 ? ['new', 'expansion'] : ['new', 'churn'];
    kinds.forEach((kind, m) => {
      const sign = kind === 'contraction' || kind === 'churn' ? -1 : 1;
      const delta = sign * Math.round(mrr / (m + 1) / digits) * digits;
      movements.push({
        id: movements.length + 1,
        account_id: account.id,
        contract_id: ctId,
        date: isoDay(addDays(-690 + k * 120 + m * 160)),
        kind,
        mrr_delta_minor: delta,
        arr_delta_minor: delta * 12,
        currency: account.currency,
      });
    });
    ctId++;
  }
});

// ---------- helpers ----------

const sessions = new Map(); // sid → { user, csrf }

function send(res, status, body, headers = {}) {
  if (status === 204) {
    res.writeHead(204, headers);
    return res.end();
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
function fail(res, status, code, message, field = null) {
  send(res, status, { error: { code, message, field } });
}
function cookieSid(req) {
  const m = /(?:^|;\s*)banso_session=([^;]+)/.exec(req.headers.cookie ?? '');
  return m ? m[1] : null;
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function page(items, url, { total = true } = {}) {
  const limit = Math.min(Number(url.searchParams.get('limit') || 50), 200);
  const offset = Number(Buffer.from(url.searchParams.get('cursor') || '', 'base64url').toString() || 0);
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString('base64url') : null;
  return total ? { data: slice, total: items.length, next_cursor: next } : { data: slice, next_cursor: next };
}
function byAccount(items, url) {
  const id = url.searchParams.get('account_id');
  return id ? items.filter((x) => x.account_id === Number(id)) : items;
}

const ACCOUNT_FIELDS = {
  取引先名: 'name', name: 'name', 取引先名カナ: 'name_kana', name_kana: 'name_kana', ドメイン: 'domain', domain: 'domain', 業種: 'industry', industry: 'industry',
  更新日: 'renewal_date', renewal_date: 'renewal_date', 契約開始日: 'start_date', start_date: 'start_date', 国: 'country', country: 'country', 通貨: 'currency', currency: 'currency',
  取引先ID: 'external_id', external_id: 'external_id', 'Account ID': 'external_id',
};

function importCsv(kind, buffer, encoding, dryRun) {
  let enc = encoding;
  if (encoding === 'auto') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer);
      enc = 'utf-8';
    } catch {
      enc = 'cp932';
    }
  }
  const text = new TextDecoder(enc === 'cp932' ? 'shift_jis' : 'utf-8').decode(buffer).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const headers = (lines[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const columns = headers.map((header) => ({ header, field: ACCOUNT_FIELDS[header] ?? null }));
  const rejected = [];
  let inserted = 0;
  let updated = 0;
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const row = Object.fromEntries(columns.map((c, j) => [c.field, cells[j] ?? '']));
    if (!row.name) rejected.push({ line: i + 2, field: 'name', reason: 'required' });
    else if (row.renewal_date && !/^\d{4}-\d{2}-\d{2}$/.test(row.renewal_date)) rejected.push({ line: i + 2, field: 'renewal_date', reason: 'not a date (YYYY-MM-DD)' });
    else if (accounts.some((a) => a.name === row.name)) updated++;
    else inserted++;
  });
  return { kind, dry_run: dryRun, encoding: enc, total_rows: lines.length - 1, inserted, updated, rejected, columns };
}

// Success plans, templates, self-sufficiency and the relationship map: dev/mock-success.mjs.
const success = successMock({ accounts, contacts, touchpoints, surveys, send, fail, readBody });
// The journey (stages, moves, rules, board, funnel), the ICP and hand-offs: dev/mock-journey.mjs.
// Before usage: it puts every account in its stage, and usage simulates the active ones.
const journey = journeyMock({ accounts, contacts, contracts, surveys, users, send, fail, readBody, success });
// Product usage (sources, events, the live stream, account usage): dev/mock-usage.mjs.
const usage = usageMock({ accounts, contacts, send, fail, readBody });
// Staff (/users, API tokens, sign-in and its back-off): dev/mock-staff.mjs.
const staff = staffMock({ users, sessions, defaultPassword: MOCK_PASSWORD, send, fail, readBody });

// ---------- API ----------

async function api(req, res, url) {
  const path = url.pathname.replace(/^\/api\/v1/, '');
  const sid = cookieSid(req);
  // A live session of an enabled user, or an API token (which needs no CSRF token).
  const session = staff.principal(req, sid ? sessions.get(sid) : undefined);

  if (path === '/auth/login' && req.method === 'POST') {
    const body = JSON.parse((await readBody(req)).toString() || '{}');
    let user;
    try {
      user = staff.signIn(body.email, body.password);
    } catch (error) {
      if (error instanceof staff.Refused) return fail(res, error.status, error.code, error.message);
      throw error;
    }
    const newSid = randomBytes(16).toString('hex');
    const csrf = randomBytes(16).toString('hex');
    sessions.set(newSid, { user, csrf });
    return send(res, 200, { user, csrf_token: csrf }, { 'Set-Cookie': `banso_session=${newSid}; HttpOnly; Path=/; SameSite=Lax` });
  }
  if (!session) return fail(res, 401, 'unauthorized', 'ログインしてください。');
  if (req.method !== 'GET' && !session.token && req.headers['x-csrf-token'] !== session.csrf) {
    return fail(res, 403, 'forbidden', 'CSRF token missing or wrong');
  }
  if (path === '/auth/me') return send(res, 200, { user: session.user, csrf_token: session.csrf });
  if (path === '/auth/logout' && req.method === 'POST') {
    sessions.delete(sid);
    return send(res, 204, null, { 'Set-Cookie': 'banso_session=; Max-Age=0; Path=/' });
  }
  if ((await staff.handleApi(req, res, url, path, session)) !== false) return;

  if (path === '/accounts' && req.method === 'GET') {
    const p = url.searchParams;
    let list = accounts.slice();
    const q = (p.get('q') ?? '').trim().toLowerCase();
    if (q) list = list.filter((a) => [a.name, a.name_kana, a.domain].some((v) => v && v.toLowerCase().includes(q)));
    if (p.get('owner_id')) list = list.filter((a) => a.owner_id === Number(p.get('owner_id')));
    if (p.get('journey_stage')) list = list.filter((a) => a.journey_stage === p.get('journey_stage'));
    if (p.get('tier')) list = list.filter((a) => a.tier === p.get('tier'));
    if (p.get('renewal_within_days')) {
      const until = isoDay(addDays(Number(p.get('renewal_within_days'))));
      const today = isoDay(addDays(0));
      list = list.filter((a) => a.renewal_date && a.renewal_date >= today && a.renewal_date <= until);
    }
    const sort = p.get('sort') || 'name';
    const key = sort.replace('-', '');
    const dir = sort.startsWith('-') ? -1 : 1;
    const value = (a) => (key === 'arr' ? a.arr_minor : key === 'renewal_date' ? a.renewal_date ?? '9999' : a.name_kana ?? a.name);
    list.sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : a.id - b.id));
    return send(res, 200, page(list, url));
  }
  let m = /^\/accounts\/(\d+)(\/timeline)?$/.exec(path);
  if (m) {
    const account = accounts.find((a) => a.id === Number(m[1]));
    if (!account) return fail(res, 404, 'not_found', '顧客が見つかりません。');
    if (!m[2]) return send(res, 200, account);
    const entries = [
      ...touchpoints.filter((t) => t.account_id === account.id).map((item) => ({ type: 'touchpoint', occurred_at: item.occurred_at, item })),
      ...surveys.filter((s) => s.account_id === account.id).map((item) => ({ type: 'survey', occurred_at: item.responded_at, item })),
      ...movements.filter((r) => r.account_id === account.id).map((item) => ({ type: 'revenue_movement', occurred_at: `${item.date}T00:00:00Z`, item })),
    ].sort((a, b) => b.occurred_at.localeCompare(a.occurred_at));
    return send(res, 200, page(entries, url, { total: false }));
  }
  if (path === '/contacts') return send(res, 200, page(byAccount(contacts, url), url));
  if (path === '/contracts') return send(res, 200, page(byAccount(contracts, url), url));
  if (path === '/revenue-movements') return send(res, 200, page(byAccount(movements, url), url));
  if (path === '/touchpoints') return send(res, 200, page(byAccount(touchpoints, url), url));
  if (path === '/surveys') return send(res, 200, page(byAccount(surveys, url), url));

  m = /^\/imports\/(accounts|contacts|contracts)$/.exec(path);
  if (m && req.method === 'POST') {
    const body = await readBody(req);
    if (body.length > 10 * 1024 * 1024) return fail(res, 413, 'too_large', 'ファイルが大きすぎます（上限 10 MB）。');
    const dryRun = url.searchParams.get('dry_run') !== 'false';
    const result = importCsv(m[1], body, url.searchParams.get('encoding') || 'auto', dryRun);
    if (!dryRun && result.rejected.length) {
      return send(res, 422, { ...result, error: { code: 'invalid', message: `${result.rejected.length} 行にエラーがあるため、何も取り込みませんでした。`, field: null } });
    }
    return send(res, 200, result);
  }
  if ((await usage.handleApi(req, res, url, path, session)) !== false) return;
  if ((await success.handleApi(req, res, url, path, session)) !== false) return;
  if ((await journey.handleApi(req, res, url, path, session)) !== false) return;
  return fail(res, 404, 'not_found', `no route ${req.method} ${url.pathname}`);
}

// ---------- static ----------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

async function serveApp(res, url) {
  const rel = normalize(decodeURIComponent(url.pathname.replace(/^\/app\/?/, ''))).replace(/^(\.\.[/\\])+/, '');
  let file = join(DIST, rel);
  try {
    if (!(await stat(file)).isFile()) throw new Error('dir');
  } catch {
    file = join(DIST, 'index.html'); // client-side routes
  }
  const body = await readFile(file);
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(body);
}

export function startMockServer(port = 18081, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    try {
      if (url.pathname.startsWith('/api/v1/')) return await api(req, res, url);
      if (url.pathname.startsWith('/v1/')) return await usage.handleIngest(req, res, url);
      if (url.pathname === '/' || url.pathname === '/app') {
        res.writeHead(302, { Location: '/app/' });
        return res.end();
      }
      if (url.pathname.startsWith('/app/')) return await serveApp(res, url);
      fail(res, 404, 'not_found', 'not found');
    } catch (error) {
      fail(res, 500, 'internal', String(error));
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] || 18081);
  await startMockServer(port);
  console.log(`mock Banso on http://127.0.0.1:${port}/app/ — ${MOCK_EMAIL} / ${MOCK_PASSWORD}`);
}
