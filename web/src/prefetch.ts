// The API answers the first page needs, asked for as soon as the page starts (src/boot.ts),
// all at once, rather than one after another as the components that show them mount: the
// session probe, the journey stages and revenue settings that every page names, and the account
// of an account's address. main.tsx waits a little for them (prefetchSettled), so that the
// first render can show the page with its data (takeArrived); a component whose answer has not
// arrived by its first render takes the request under way (takePrefetched), or asks the API as
// usual when there is none. Each answer is taken once; reloads always ask the API.
//
// A signed-in browser's page already carries these answers (the server puts them in, made by
// the API's own routes: src/http/first_answers.h); those are taken from the page, and only the
// ones missing are asked for.
import { api, type Account, type JourneyStage, type RevenueSettings, type Session } from './api';

interface Answers {
  me: Session;
  stages: { data: JourneyStage[] };
  revenueSettings: RevenueSettings;
  [account: `account:${number}`]: Account;
}
type Key = keyof Answers;

/** An answer asked for at load is not shown later than this, in case the page waited long. */
const FRESH_MS = 10_000;

interface Entry {
  at: number;
  answer: Promise<unknown>;
  /** Set when the answer has arrived. */
  arrived?: { value: unknown };
}

const started = new Map<Key, Entry>();

/** The answers the server put into the page, by API path (none under `npm run dev`). */
function answersInPage(): Record<string, unknown> {
  const text = document.getElementById('banso-first-answers')?.textContent;
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function start<K extends Key>(
  key: K,
  path: string,
  ask: () => Promise<Answers[K]>,
  inPage: Record<string, unknown>,
): void {
  if (path in inPage) {
    const value = inPage[path];
    started.set(key, { at: Date.now(), answer: Promise.resolve(value), arrived: { value } });
    return;
  }
  const entry: Entry = { at: Date.now(), answer: ask() };
  started.set(key, entry);
  entry.answer.then(
    (value) => {
      entry.arrived = { value };
    },
    // A failed answer is not an unhandled rejection while no component has taken it. A failed
    // session probe is kept (signed out: the console probes once, and shows the sign-in page);
    // any other is dropped, so that its component asks again (after signing in, say).
    () => {
      if (key !== 'me' && started.get(key) === entry) started.delete(key);
    },
  );
}

/** The account an address under /app shows, if it is an account's page. */
export function accountOfPath(pathname: string): number | null {
  const match = /^\/app\/accounts\/(\d+)\/?$/.exec(pathname);
  return match ? Number(match[1]) : null;
}

/**
 * The cookie the server sets beside the (HttpOnly) session cookie at sign-in and clears at
 * sign-out (src/http/auth_api.cpp): not a secret, a hint that this browser has a session, so
 * that a signed-out load asks only for the session and logs one 401, not four.
 */
const SIGNED_IN_COOKIE = 'banso_signed_in';
function seemsSignedIn(): boolean {
  return document.cookie.split('; ').includes(`${SIGNED_IN_COOKIE}=1`);
}

/** Drops the hint once the session answer says signed out (the session expired, say). */
export function forgetSignedIn(): void {
  document.cookie = `${SIGNED_IN_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}

/** Asks for the answers the page at `pathname` (the browser's address) starts with. */
export function prefetchFor(pathname: string): void {
  if (!pathname.startsWith('/app') || pathname.startsWith('/app/login')) return;
  const inPage = answersInPage();
  start('me', '/api/v1/auth/me', api.me, inPage);
  if (!('/api/v1/auth/me' in inPage) && !seemsSignedIn()) return;
  start('stages', '/api/v1/journey/stages', () => api.journeyStages(), inPage);
  start('revenueSettings', '/api/v1/settings/revenue', () => api.revenueSettings(), inPage);
  const account = accountOfPath(pathname);
  if (account !== null)
    start(`account:${account}`, `/api/v1/accounts/${account}`, () => api.account(account), inPage);
}

/** Resolves once every answer asked for at load has arrived or failed, or after `ms`. */
export function prefetchSettled(ms: number): Promise<void> {
  const answers = [...started.values()].map((entry) => entry.answer.catch(() => undefined));
  if (answers.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void Promise.all(answers).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function take(key: Key): Entry | undefined {
  const entry = started.get(key);
  if (!entry) return undefined;
  started.delete(key);
  return Date.now() - entry.at <= FRESH_MS ? entry : undefined;
}

/** The answer asked for at load if it has arrived, once; undefined otherwise. */
export function takeArrived<K extends Key>(key: K): Answers[K] | undefined {
  if (!started.get(key)?.arrived) return undefined;
  return take(key)?.arrived?.value as Answers[K] | undefined;
}

/** The answer asked for at load, arrived or not, once; undefined when none (ask the API then). */
export function takePrefetched<K extends Key>(key: K): Promise<Answers[K]> | undefined {
  return take(key)?.answer as Promise<Answers[K]> | undefined;
}

/** Forgets every answer not taken yet (tests). */
export function clearPrefetched(): void {
  started.clear();
}
