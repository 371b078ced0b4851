// The official Segment Node.js SDK, used as a customer would, against a running banso:
// identify, group, track and page go through @segment/analytics-node unchanged (only `host`
// points at banso), then the staff API must show the contact, the prospect account, the
// catalogue counts and the account's usage. An SDK with a revoked key and one with a wrong key
// must see their events refused, and nothing of theirs may be stored.
//
// Environment: BANSO_URL (http://127.0.0.1:PORT), BANSO_TOKEN (a staff API token of an admin),
// BACKEND (for the messages). Run by ../segment_sdk_test.sh; exits non-zero on any failure.
import { Analytics } from '@segment/analytics-node'
import { randomBytes } from 'node:crypto'

const base = process.env.BANSO_URL
const token = process.env.BANSO_TOKEN
const backend = process.env.BACKEND ?? '?'
if (!base || !token) {
  console.error('BANSO_URL and BANSO_TOKEN are required')
  process.exit(2)
}

let failures = 0
function check(what, ok, detail) {
  if (ok) console.log(`ok   ${what}`)
  else {
    failures++
    console.log(`FAIL ${what}${detail === undefined ? '' : `\n     got: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`)
  }
  return ok
}

async function api(method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let json
  try { json = JSON.parse(text) } catch { json = text }
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`)
  return json
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// Polls fn until it returns a truthy value or the deadline passes; returns the last value.
async function poll(fn, deadline) {
  let last
  for (;;) {
    last = await fn()
    if (last || Date.now() > deadline) return last
    await sleep(100)
  }
}

async function rollupsCaughtUp(deadline) {
  return poll(async () => {
    const s = await api('GET', '/api/v1/events/status')
    return s.applied_position === s.committed_position ? s : null
  }, deadline)
}

// ---- The fixture: names unique to this run, so that the checks see only what it sent. -----
const run = randomBytes(4).toString('hex')
const userId = `sdk-user-${run}`
const email = `hanako.${run}@example.co.jp`
const personName = `山田 花子 ${run}`
const groupId = `acme-${run}.example.co.jp`  // a new company's domain
const companyName = `株式会社アクメ ${run}`
const tracked = { [`Report Created ${run}`]: 12, [`Dashboard Viewed ${run}`]: 5, [`Export Downloaded ${run}`]: 1 }
const pageName = `Getting Started ${run}`

const source = await api('POST', '/api/v1/sources', { name: `Node SDK (${backend}) ${run}` })
check('POST /api/v1/sources returns a write key', typeof source.write_key === 'string' && source.write_key.length > 10, source)

// ---- Send through the SDK, unchanged. -------------------------------------------------------
const errors = []
const analytics = new Analytics({ writeKey: source.write_key, host: base })
analytics.on('error', (e) => errors.push(e))
let requests = 0
analytics.on('http_request', () => requests++)
let sent = 0
const callbackErrors = []
const cb = (err) => { if (err) callbackErrors.push(err) }
analytics.identify({ userId, traits: { email, name: personName, plan: 'enterprise' } }, cb)
analytics.group({ userId, groupId, traits: { name: companyName, employees: 120 } }, cb)
sent += 2
let n = 0
for (const [event, count] of Object.entries(tracked)) {
  for (let i = 0; i < count; i++) {
    analytics.track({ userId, event, properties: { index: n++, format: i % 2 ? 'csv' : 'pdf', 日本語: 'はい', nested: { a: [1, 2, { b: null }] } } }, cb)
    sent++
  }
}
analytics.page({ userId, category: 'Docs', name: pageName, properties: { path: '/docs/start', title: 'はじめに' } }, cb)
sent++
await analytics.closeAndFlush({ timeout: 20000 })
check(`the SDK delivered all ${sent} messages without an error`,
  errors.length === 0 && callbackErrors.length === 0,
  [...errors, ...callbackErrors].map((e) => String(e.reason ?? e.message ?? e)).join('; '))
check('the SDK sent them in at least two /v1/batch requests (its default flushAt is 15)', requests >= 2, requests)

// ---- What the staff API shows. ------------------------------------------------------------
const deadline = Date.now() + 10000
const status = await rollupsCaughtUp(deadline)
check('GET /api/v1/events/status: applied_position reaches committed_position within 10 s', !!status, await api('GET', '/api/v1/events/status'))

// The account: created as a prospect from the group call, external_id = groupId.
const accounts = await poll(async () => {
  const a = await api('GET', `/api/v1/accounts?q=${encodeURIComponent(groupId)}`)
  return a.data.length ? a : null
}, deadline)
const account = accounts?.data.find((a) => a.external_id === groupId)
check('the group call created an account with external_id = groupId', !!account, accounts)
if (account) {
  check('the account is a prospect', account.journey_stage === 'prospect', account.journey_stage)
  check('the account is named by the group traits', account.name === companyName, account.name)
  check('the account domain is the groupId', account.domain === groupId, account.domain)
  check('the account is marked as created from events', account.custom_attributes?.created_from === 'events', account.custom_attributes)
  const byName = await api('GET', `/api/v1/accounts?q=${encodeURIComponent(companyName)}`)
  check('the account is found by its Japanese name', byName.data.some((a) => a.id === account.id), byName)
}

// The contact: from identify, once the person belongs to an account.
const contacts = await poll(async () => {
  const c = await api('GET', `/api/v1/contacts?q=${encodeURIComponent(email)}`)
  return c.data.length ? c : null
}, deadline)
const contact = contacts?.data[0]
check('identify created exactly one contact with the email', contacts?.data.length === 1 && contact.email === email, contacts)
if (contact) {
  check('the contact has the name from the traits', contact.name === personName, contact.name)
  check('the contact external_id is the userId', contact.external_id === userId, contact.external_id)
  check('the contact belongs to the group\'s account', !!account && contact.account_id === account.id, { contact_account: contact.account_id, account: account?.id })
  const byUser = await api('GET', `/api/v1/contacts?q=${encodeURIComponent(personName)}`)
  check('the contact is found by its name', byUser.data.some((c) => c.id === contact.id), byUser)
}

// The catalogue: each tracked name with its count, and the page.
const catalog = await api('GET', '/api/v1/events/catalog')
for (const [event, count] of Object.entries(tracked)) {
  const e = catalog.find((x) => x.name === event && x.type === 'track')
  check(`catalogue: "${event}" counted ${count}`, e?.count === count, e ?? 'missing')
}
const page = catalog.find((x) => x.type === 'page' && x.name === pageName)
check(`catalogue: the page "${pageName}" counted 1`, page?.count === 1, page ?? catalog.filter((x) => x.type === 'page'))
check('catalogue: identify and group are not events of the catalogue',
  !catalog.some((x) => x.type === 'identify' || x.type === 'group'), catalog.filter((x) => x.type === 'identify' || x.type === 'group'))

// Usage: the user active today with their events.
const totalEvents = Object.values(tracked).reduce((a, b) => a + b, 0) + 1
if (account) {
  const today = new Date().toISOString().slice(0, 10)
  const usage = await api('GET', `/api/v1/accounts/${account.id}/usage`)
  const day = usage.days.find((d) => d.date === today)
  check('usage: one daily active user today', day?.dau === 1, day ?? usage.days.slice(-2))
  check(`usage: ${totalEvents} events today (tracks and the page)`, day?.events === totalEvents, day)
  check('usage: weekly and monthly active users are 1', usage.wau === 1 && usage.mau === 1, { wau: usage.wau, mau: usage.mau })
  const user = usage.users?.find((u) => u.user_id === userId)
  check('usage: the user is listed with the contact, name and email', !!user && user.contact_id === contact?.id && user.name === personName && user.email === email, usage.users)
  check('usage: the user was active on 1 day, last seen today', user?.active_days === 1 && String(user?.last_seen).startsWith(today), user)
  for (const [event, count] of Object.entries(tracked)) {
    const t = usage.top_events.find((x) => x.name === event)
    check(`usage: top event "${event}" = ${count}`, t?.count === count, t ?? usage.top_events)
  }
}

// The source shows what it received.
const sources = await api('GET', '/api/v1/sources')
const mine = sources.data.find((s) => s.id === source.id)
check(`the source counts ${sent} events received`, mine?.events_received === sent, mine)

// ---- Refused keys: a revoked one and a wrong one. -----------------------------------------
const revokedSource = await api('POST', '/api/v1/sources', { name: `Revoked (${backend}) ${run}` })
const revoked = await api('POST', `/api/v1/sources/${revokedSource.id}/revoke`)
check('the second source is revoked', !!revoked.revoked_at, revoked)
const before = await api('GET', '/api/v1/events/status')

async function refusedKey(label, writeKey) {
  const event = `Must Not Be Stored ${label} ${run}`
  const sdk = new Analytics({ writeKey, host: base, maxRetries: 2 })
  const errs = []
  sdk.on('error', (e) => errs.push(e))
  const cbErrs = []
  sdk.identify({ userId: `${label}-user-${run}`, traits: { email: `${label}.${run}@example.com` } }, (err) => { if (err) cbErrs.push(err) })
  sdk.track({ userId: `${label}-user-${run}`, event, properties: { x: 1 } }, (err) => { if (err) cbErrs.push(err) })
  const started = Date.now()
  await sdk.closeAndFlush({ timeout: 15000 })
  const reasons = errs.map((e) => `${e.code}: ${e.reason?.message ?? e.reason}`)
  check(`${label} key: the SDK reports a delivery failure with 401 for both messages`,
    errs.length === 2 && errs.every((e) => e.code === 'delivery_failure' && /\b401\b/.test(String(e.reason?.message ?? e.reason))),
    reasons)
  check(`${label} key: each message's callback gets the error`, cbErrs.length === 2, cbErrs.map(String))
  check(`${label} key: refused at once (401 is not retried)`, Date.now() - started < 5000, `${Date.now() - started} ms`)
  return event
}
const refusedEvents = [
  await refusedKey('revoked', revokedSource.write_key),
  await refusedKey('wrong', `bsk_${randomBytes(16).toString('hex')}`),
]
await sleep(300)
const after = await api('GET', '/api/v1/events/status')
check('refused keys: nothing was committed to the event log', after.committed_position === before.committed_position &&
  after.events_committed === before.events_committed, { before, after })
const catalog2 = await api('GET', '/api/v1/events/catalog')
check('refused keys: their events are not in the catalogue', !catalog2.some((x) => refusedEvents.includes(x.name)),
  catalog2.filter((x) => refusedEvents.includes(x.name)))
const refusedContacts = await api('GET', `/api/v1/contacts?q=${encodeURIComponent(run)}`)
check('refused keys: no contact was created for their users', refusedContacts.data.length === 1, refusedContacts.data.map((c) => c.email))
const sources2 = await api('GET', '/api/v1/sources')
check('refused keys: the revoked source received nothing',
  sources2.data.find((s) => s.id === revokedSource.id)?.events_received === 0, sources2.data.find((s) => s.id === revokedSource.id))

console.log(failures ? `${failures} check(s) failed (${backend})` : `all checks passed (${backend})`)
process.exit(failures ? 1 : 0)
