// Staff management for dev/mock-server.mjs: the staff list with versions, adding a colleague
// (a weak password refused with a reason naming `password`), PATCH with a version (409 naming
// `version` when stale, `role` / `disabled` when no enabled admin would be left or an admin
// disables themself), password resets (ending the user's sessions), ending sessions, API
// tokens (made by the caller, revoked by id; a revoked token or a disabled user's is refused),
// and the sign-in back-off after failed sign-ins (5 failures hold the email for 15 minutes).
// Shaped as the brief for the server's API says; the mock's sessions are mock-server's.
import { randomBytes } from 'node:crypto';

const MIN_PASSWORD = 12;
const LOCK_AFTER = 5;
const LOCK_MS = 15 * 60_000;
const WEAK_WORDS = ['password', 'passw0rd', 'banso', 'qwerty', 'letmein', 'welcome', 'admin', 'secret', 'dragon', 'monkey'];

class Refused extends Error {
  constructor(status, code, field, message) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** The server's reasons, in Japanese as banso's are for this mock's Japanese data. */
function passwordWeakness(password, email) {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD) return `パスワードは ${MIN_PASSWORD} 文字以上にしてください。`;
  if (/(.)\1{3,}/u.test(password) || new Set(password).size < 4) return '同じ文字の繰り返しが多すぎます。';
  const lower = password.toLowerCase();
  if (WEAK_WORDS.some((w) => lower.includes(w))) return '辞書にある単語や、よく使われるパスワードは使えません。';
  const local = String(email ?? '').toLowerCase().split('@')[0];
  if (local.length >= 4 && lower.includes(local)) return 'メールアドレスを含むパスワードは使えません。';
  return null;
}

export function staffMock({ users, sessions, defaultPassword, send, fail, readBody }) {
  const now = () => new Date().toISOString();
  const passwords = new Map(users.map((u) => [u.id, defaultPassword]));
  const failures = new Map(); // email → count of failed sign-ins in a row
  users.forEach((u, i) => {
    Object.assign(u, {
      disabled: false,
      version: 1 + (i % 3),
      created_at: new Date(Date.now() - (400 - i * 60) * 86_400_000).toISOString(),
      last_sign_in_at: i === 4 ? null : new Date(Date.now() - (i * 7 + 1) * 3_600_000).toISOString(),
      sign_in_blocked_until: null,
    });
  });
  // A colleague held back by failed sign-ins, to see the badge and clear it.
  const held = users.find((u) => u.role === 'marketer');
  if (held) {
    held.sign_in_blocked_until = new Date(Date.now() + 12 * 60_000).toISOString();
    failures.set(held.email, LOCK_AFTER);
  }

  let nextToken = 1;
  const tokens = [];
  function makeToken(userId, name, at = now()) {
    const secret = `bst_${randomBytes(24).toString('base64url')}`;
    const token = { id: nextToken++, user_id: userId, name, prefix: secret.slice(0, 8), created_at: at, last_used_at: null, expires_at: null, revoked_at: null, secret };
    tokens.push(token);
    return token;
  }
  const shown = ({ secret: _s, ...token }) => token;
  makeToken(1, 'Salesforce 連携', '2026-01-15T02:00:00Z').last_used_at = new Date(Date.now() - 3_600_000).toISOString();
  makeToken(1, 'BI エクスポート（旧）', '2025-12-01T02:00:00Z').revoked_at = '2026-03-01T00:00:00Z';
  makeToken(2, 'Slack 通知', '2026-02-10T02:00:00Z').expires_at = '2027-02-10T00:00:00Z';

  const enabledAdmins = () => users.filter((u) => u.role === 'admin' && !u.disabled);
  function endSessions(userId) {
    let ended = 0;
    for (const [sid, s] of sessions) {
      if (s.user.id === userId) {
        sessions.delete(sid);
        ended++;
      }
    }
    return ended;
  }

  /** POST /auth/login: the user, or the refusal (401, or 429 while the email is held back). */
  function signIn(email, password) {
    const user = users.find((u) => u.email === email);
    const until = user?.sign_in_blocked_until ? Date.parse(user.sign_in_blocked_until) : 0;
    if (until > Date.now()) throw new Refused(429, 'rate_limited', null, 'ログインの失敗が続いたため、しばらくしてからもう一度お試しください。');
    if (!user || user.disabled || passwords.get(user.id) !== password) {
      const count = (failures.get(email) ?? 0) + 1;
      failures.set(email, count);
      if (user && count >= LOCK_AFTER) user.sign_in_blocked_until = new Date(Date.now() + LOCK_MS).toISOString();
      throw new Refused(401, 'unauthorized', null, 'メールアドレスまたはパスワードが正しくありません。');
    }
    failures.delete(email);
    user.sign_in_blocked_until = null;
    user.last_sign_in_at = now();
    return user;
  }

  /** The caller: a live session of an enabled user, or a Bearer token (no CSRF needed). */
  function principal(req, session) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (bearer) {
      const token = tokens.find((t) => t.secret === bearer[1]);
      const user = token && users.find((u) => u.id === token.user_id);
      if (!token || token.revoked_at || (token.expires_at && Date.parse(token.expires_at) <= Date.now()) || !user || user.disabled) return null;
      token.last_used_at = now();
      return { user, csrf: null, token: true };
    }
    if (!session || session.user.disabled) return null;
    return session;
  }

  function checkedPatch(user, body, actor) {
    if (typeof body !== 'object' || body === null) throw new Refused(400, 'invalid', null, 'JSON オブジェクトを送ってください。');
    for (const key of Object.keys(body)) {
      if (!['version', 'name', 'role', 'language', 'disabled'].includes(key)) throw new Refused(400, 'invalid', key, 'is not a known field');
    }
    if (!Number.isInteger(body.version)) throw new Refused(400, 'invalid', 'version', 'version is required');
    if (body.version !== user.version) throw new Refused(409, 'conflict', 'version', 'このスタッフは他の人が先に変更しました。');
    if ('name' in body && (typeof body.name !== 'string' || !body.name.trim())) throw new Refused(400, 'invalid', 'name', '名前を入力してください。');
    if ('role' in body && !['admin', 'manager', 'csm', 'marketer', 'viewer'].includes(body.role)) throw new Refused(400, 'invalid', 'role', 'must be admin, manager, csm, marketer or viewer');
    if ('language' in body && !['ja', 'en'].includes(body.language)) throw new Refused(400, 'invalid', 'language', 'must be ja or en');
    if ('disabled' in body && typeof body.disabled !== 'boolean') throw new Refused(400, 'invalid', 'disabled', 'must be true or false');
    const lastAdmin = user.role === 'admin' && !user.disabled && enabledAdmins().length === 1;
    if (body.disabled === true && user.id === actor.id) throw new Refused(409, 'conflict', 'disabled', '自分自身を無効にすることはできません。');
    if (lastAdmin && 'role' in body && body.role !== 'admin') throw new Refused(409, 'conflict', 'role', '有効な管理者が 1 人もいなくなるため、権限を変更できません。');
    if (lastAdmin && body.disabled === true) throw new Refused(409, 'conflict', 'disabled', '有効な管理者が 1 人もいなくなるため、無効にできません。');
  }

  async function json(req) {
    try {
      return JSON.parse((await readBody(req)).toString() || '{}');
    } catch {
      throw new Refused(400, 'invalid', null, 'JSON を読めません。');
    }
  }

  /** The /users, /tokens and sign-in-lock routes; false when the path is not one of them. */
  async function handleApi(req, res, url, path, session) {
    try {
      const admin = session.user.role === 'admin';
      const onlyAdmins = () => {
        if (!admin) throw new Refused(403, 'forbidden', null, 'この操作は管理者だけが行えます。');
      };
      if (path === '/users' && req.method === 'GET') return send(res, 200, { data: users });
      if (path === '/users' && req.method === 'POST') {
        onlyAdmins();
        const body = await json(req);
        const email = String(body.email ?? '').trim();
        if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Refused(400, 'invalid', 'email', 'メールアドレスの形式が正しくありません。');
        if (users.some((u) => u.email.toLowerCase() === email.toLowerCase())) throw new Refused(409, 'conflict', 'email', 'このメールアドレスはすでに使われています。');
        if (!String(body.name ?? '').trim()) throw new Refused(400, 'invalid', 'name', '名前を入力してください。');
        if (!['admin', 'manager', 'csm', 'marketer', 'viewer'].includes(body.role)) throw new Refused(400, 'invalid', 'role', 'must be admin, manager, csm, marketer or viewer');
        if (!['ja', 'en'].includes(body.language)) throw new Refused(400, 'invalid', 'language', 'must be ja or en');
        const weak = passwordWeakness(body.password, email);
        if (weak) throw new Refused(400, 'invalid', 'password', weak);
        const user = { id: Math.max(...users.map((u) => u.id)) + 1, email, name: String(body.name).trim(), role: body.role, language: body.language, disabled: false, version: 1, created_at: now(), last_sign_in_at: null, sign_in_blocked_until: null };
        users.push(user);
        passwords.set(user.id, body.password);
        return send(res, 201, user);
      }
      if (path === '/tokens' && req.method === 'GET') return send(res, 200, { data: tokens.filter((t) => t.user_id === session.user.id).map(shown) });
      if (path === '/tokens' && req.method === 'POST') {
        const body = await json(req);
        if (!String(body.name ?? '').trim()) throw new Refused(400, 'invalid', 'name', '名前を入力してください。');
        const token = makeToken(session.user.id, String(body.name).trim());
        return send(res, 201, { ...shown(token), token: token.secret });
      }
      let m = /^\/tokens\/(\d+)$/.exec(path);
      if (m && req.method === 'DELETE') {
        const token = tokens.find((t) => t.id === Number(m[1]));
        if (!token || (!admin && token.user_id !== session.user.id)) throw new Refused(404, 'not_found', null, 'トークンが見つかりません。');
        token.revoked_at ??= now();
        return send(res, 204, null);
      }
      m = /^\/users\/(\d+)(\/password|\/sessions|\/tokens|\/sign-in-lock)?$/.exec(path);
      if (!m) return false;
      onlyAdmins();
      const user = users.find((u) => u.id === Number(m[1]));
      if (!user) throw new Refused(404, 'not_found', null, 'スタッフが見つかりません。');
      const action = `${req.method} ${m[2] ?? ''}`;
      if (action === 'GET ') return send(res, 200, user);
      if (action === 'PATCH ') {
        const body = await json(req);
        checkedPatch(user, body, session.user);
        const { version: _v, ...changes } = body;
        if (typeof changes.name === 'string') changes.name = changes.name.trim();
        Object.assign(user, changes, { version: user.version + 1 });
        if (user.disabled) endSessions(user.id);
        return send(res, 200, user);
      }
      if (action === 'POST /password') {
        const body = await json(req);
        const weak = passwordWeakness(body.password, user.email);
        if (weak) throw new Refused(400, 'invalid', 'password', weak);
        passwords.set(user.id, body.password);
        user.version += 1; // as banso does: a new password changes the record
        endSessions(user.id);
        return send(res, 204, null);
      }
      if (action === 'DELETE /sessions') return send(res, 200, { ended: endSessions(user.id) });
      if (action === 'GET /tokens') return send(res, 200, { data: tokens.filter((t) => t.user_id === user.id).map(shown) });
      if (action === 'DELETE /sign-in-lock') {
        user.sign_in_blocked_until = null;
        failures.delete(user.email);
        return send(res, 204, null);
      }
      throw new Refused(405, 'invalid', null, `no route ${req.method} ${url.pathname}`);
    } catch (error) {
      if (error instanceof Refused) return fail(res, error.status, error.code, error.message, error.field);
      throw error;
    }
  }

  return { signIn, principal, handleApi, Refused };
}
