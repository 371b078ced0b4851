#include "auth/auth_service.h"

#include <algorithm>
#include <cctype>

#include "auth/audit_log.h"
#include "auth/password_policy.h"
#include "auth/secrets.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "core/text.h"
#include "store/statement.h"

namespace banso::auth {
namespace {

std::string NormaliseEmail(std::string_view email) {
  std::string out(TrimAscii(email));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

void ValidateName(const std::string& name) {
  if (!IsValidUtf8(name) || TrimAscii(name).empty() || CodePointCount(name) > 100)
    throw Invalid("name", "must be 1 to 100 characters");
}

void ValidateLanguage(const std::string& language) {
  if (language != "ja" && language != "en") throw Invalid("language", "must be ja or en");
}

void ValidateNewUser(const NewUser& u) {
  auto at = u.email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= u.email.size() || u.email.size() > 254 ||
      u.email.find(' ') != std::string::npos)
    throw Invalid("email", "must be an email address");
  ValidateName(u.name);
  ValidateLanguage(u.language);
  CheckPassword(u.password, u.email);
}

// Users are read with the same column list everywhere.
constexpr const char* kUserColumns =
    "id, version, email, name, role, language, disabled, created_at, last_sign_in_at";

struct UserRow {
  User u;
  std::string role;
  int disabled = 0;
  long long last_sign_in = 0;
  soci::indicator last_sign_in_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(u.id.value));
    st.exchange(soci::into(u.version));
    st.exchange(soci::into(u.email));
    st.exchange(soci::into(u.name));
    st.exchange(soci::into(role));
    st.exchange(soci::into(u.language));
    st.exchange(soci::into(disabled));
    st.exchange(soci::into(u.created_at.ms));
    st.exchange(soci::into(last_sign_in, last_sign_in_ind));
  }
  User Get() const {
    User out = u;
    out.role = ParseRole(role).value_or(Role::kViewer);
    out.disabled = disabled != 0;
    if (last_sign_in_ind == soci::i_ok) out.last_sign_in_at = Timestamp{last_sign_in};
    return out;
  }
};

std::vector<User> QueryUsers(soci::session& sql, store::Query& q) {
  soci::statement st = q.Prepare(sql);
  UserRow row;
  row.Bind(st);
  std::vector<User> out;
  store::ForEachRow(st, [&] { out.push_back(row.Get()); });
  return out;
}

}  // namespace

Actor Principal::actor() const {
  return Actor{user.id, api_token ? "token:" + user.email : user.email, user.role};
}

nlohmann::json UserToJson(const User& u) {
  return {{"id", u.id.value},
          {"email", u.email},
          {"name", u.name},
          {"role", RoleName(u.role)},
          {"language", u.language},
          {"disabled", u.disabled},
          {"version", u.version},
          {"created_at", u.created_at.ToString()},
          {"last_sign_in_at", OrNull(u.last_sign_in_at)}};
}

nlohmann::json TokenToJson(const ApiToken& t) {
  return {{"id", t.id.value},
          {"user_id", t.user_id.value},
          {"name", t.name},
          {"prefix", t.prefix},
          {"created_at", t.created_at.ToString()},
          {"last_used_at", OrNull(t.last_used_at)},
          {"expires_at", OrNull(t.expires_at)},
          {"revoked_at", OrNull(t.revoked_at)}};
}

AuthService::AuthService(store::Database& db, SignInLimits limits, const Clock& clock)
    : db_(db), clock_(clock), throttle_(limits, clock) {}

User AuthService::CreateUser(const Actor& actor, const NewUser& input) {
  NewUser u = input;
  u.email = NormaliseEmail(u.email);
  ValidateNewUser(u);
  std::string hash = HashPassword(u.password);  // slow: outside the transaction
  User user = db_.Transact([&](store::Tx& tx) {
    long long exists = 0;
    tx.sql() << "SELECT COUNT(*) FROM users WHERE email = :e", soci::use(u.email),
        soci::into(exists);
    if (exists) throw Conflict("email", "a user with this email already exists");
    long long now = clock_.Now().ms;
    User created{UserId(),   1,     u.email,        u.name,      u.role,
                 u.language, false, Timestamp{now}, std::nullopt};
    std::string role(RoleName(u.role));
    tx.sql() << "INSERT INTO users (email, name, role, language, password_hash, created_at, "
                "updated_at) VALUES (:e, :n, :r, :l, :h, :c, :u) RETURNING id",
        soci::use(u.email), soci::use(u.name), soci::use(role), soci::use(u.language),
        soci::use(hash), soci::use(now), soci::use(now), soci::into(created.id.value);
    AuditLog::Record(tx, actor, "create", "user", created.id.value, nullptr, UserToJson(created));
    return created;
  });
  ForgetCachedUsers();
  return user;
}

std::shared_ptr<const std::vector<User>> AuthService::CachedUsers() {
  std::lock_guard lock(cache_mu_);
  auto now = std::chrono::steady_clock::now();
  if (!users_cache_ || now - users_cached_at_ > kUserCacheTtl) {
    store::Session sql(db_.pool());
    store::Query q(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY name, id");
    users_cache_ = std::make_shared<const std::vector<User>>(QueryUsers(sql, q));
    users_cached_at_ = now;
  }
  return users_cache_;
}

void AuthService::ForgetCachedUsers() {
  std::lock_guard lock(cache_mu_);
  users_cache_.reset();
}

std::vector<User> AuthService::ListUsers() { return *CachedUsers(); }

std::optional<User> AuthService::FindUser(UserId id) {
  auto cached = CachedUsers();
  for (const User& u : *cached)
    if (u.id == id) return u;
  // Not cached yet (created by another process a moment ago): ask the database.
  store::Session sql(db_.pool());
  store::Query q(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ");
  q.Bind(id.value);
  auto users = QueryUsers(sql, q);
  if (users.empty()) return std::nullopt;
  return users.front();
}

std::optional<User> AuthService::FindUserByEmail(const std::string& email) {
  store::Session sql(db_.pool());
  store::Query q(std::string("SELECT ") + kUserColumns + " FROM users WHERE email = ");
  q.Bind(NormaliseEmail(email));
  auto users = QueryUsers(sql, q);
  if (users.empty()) return std::nullopt;
  return users.front();
}

bool AuthService::HasUsers() {
  store::Session sql(db_.pool());
  long long n = 0;
  sql << "SELECT COUNT(*) FROM users", soci::into(n);
  return n > 0;
}

bool AuthService::HasAdmin() {
  store::Session sql(db_.pool());
  long long n = 0;
  sql << "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0", soci::into(n);
  return n > 0;
}

bool AuthService::UserExists(store::Tx& tx, UserId id) {
  long long n = 0;
  tx.sql() << "SELECT COUNT(*) FROM users WHERE id = :id AND disabled = 0", soci::use(id.value),
      soci::into(n);
  return n > 0;
}

std::vector<long long> AuthService::ActiveUserIds(store::Tx& tx) {
  std::vector<long long> ids(1000);
  std::vector<long long> out;
  soci::statement st =
      (tx.sql().prepare << "SELECT id FROM users WHERE disabled = 0", soci::into(ids));
  st.execute();
  while (st.fetch()) {
    out.insert(out.end(), ids.begin(), ids.end());
    ids.resize(1000);
  }
  return out;
}

SignedIn AuthService::SignIn(const std::string& email_in, const std::string& password,
                             const std::string& ip) {
  std::string email = NormaliseEmail(email_in);
  if (int wait = throttle_.RetryAfter(email, ip); wait > 0)
    throw RateLimited("too many failed sign-ins; try again in " + std::to_string(wait) + " s",
                      wait);

  long long user_id = 0;
  std::string hash;
  int disabled = 1;
  {
    store::Session sql(db_.pool());
    soci::indicator ind;
    sql << "SELECT id, password_hash, disabled FROM users WHERE email = :e", soci::use(email),
        soci::into(user_id, ind), soci::into(hash), soci::into(disabled);
    if (!sql.got_data()) user_id = 0;
  }
  // Verify even for an unknown email, so response time does not reveal which emails exist.
  static const std::string kDummyHash = HashPassword("not-a-real-password");
  bool ok = VerifyPassword(password, user_id ? hash : kDummyHash) && user_id && !disabled;
  if (!ok) {
    throttle_.RecordFailure(email, ip);
    throw Unauthorized("wrong email or password");
  }
  throttle_.RecordSuccess(email, ip);

  std::string token = RandomToken(), csrf = RandomToken(24), token_hash = TokenHash(token);
  long long now = clock_.Now().ms, expires = now + kSessionLifetimeMs;
  Principal principal = PrincipalForUser(user_id, csrf);
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
                "VALUES (:h, :u, :c, :n, :e)",
        soci::use(token_hash), soci::use(user_id), soci::use(csrf), soci::use(now),
        soci::use(expires);
    tx.sql() << "DELETE FROM sessions WHERE expires_at < :n", soci::use(now);
    tx.sql() << "UPDATE users SET last_sign_in_at = :n WHERE id = :id", soci::use(now),
        soci::use(user_id);
    AuditLog::Record(tx, principal.actor(), "sign_in", "user", user_id, nullptr, nullptr);
  });
  return {token, principal};
}

void AuthService::SignOut(const std::string& session_token) {
  std::string h = TokenHash(session_token);
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "DELETE FROM sessions WHERE token_hash = :h", soci::use(h);
  });
}

Principal AuthService::PrincipalForUser(long long user_id, std::string csrf) {
  auto user = FindUser(UserId(user_id));
  if (!user || user->disabled) throw Unauthorized("the user is disabled");
  return Principal{*user, std::move(csrf), std::nullopt, std::nullopt};
}

Principal AuthService::AuthenticateSession(const std::string& session_token) {
  std::string h = TokenHash(session_token);
  long long user_id = 0, expires = 0;
  std::string csrf;
  {
    store::Session sql(db_.pool());
    sql << "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = :h",
        soci::use(h), soci::into(user_id), soci::into(csrf), soci::into(expires);
    if (!sql.got_data() || expires < clock_.Now().ms)
      throw Unauthorized("not signed in or the session has expired");
  }
  return PrincipalForUser(user_id, csrf);
}

Principal AuthService::AuthenticateApiToken(const std::string& bearer_token) {
  std::string h = TokenHash(bearer_token);
  long long id = 0, user_id = 0, revoked = 0, expires = 0;
  soci::indicator revoked_ind, expires_ind;
  {
    store::Session sql(db_.pool());
    sql << "SELECT id, user_id, revoked_at, expires_at FROM api_tokens WHERE token_hash = :h",
        soci::use(h), soci::into(id), soci::into(user_id), soci::into(revoked, revoked_ind),
        soci::into(expires, expires_ind);
    if (!sql.got_data() || revoked_ind == soci::i_ok)
      throw Unauthorized("unknown or revoked API token");
    if (expires_ind == soci::i_ok && expires <= clock_.Now().ms)
      throw Unauthorized("the API token has expired");
  }
  Principal p = PrincipalForUser(user_id, "");
  p.api_token = ApiTokenId(id);
  if (expires_ind == soci::i_ok) p.api_token_expires_at = Timestamp{expires};
  NoteTokenUsed(ApiTokenId(id));
  return p;
}

void AuthService::NoteTokenUsed(ApiTokenId id) {
  long long now = clock_.Now().ms;
  {
    std::lock_guard lock(token_use_mu_);
    long long& written = token_use_written_[id.value];
    if (now - written < 60'000) return;
    written = now;
  }
  try {
    db_.Transact([&](store::Tx& tx) {
      tx.sql() << "UPDATE api_tokens SET last_used_at = :n WHERE id = :id", soci::use(now),
          soci::use(id.value);
    });
  } catch (const Error&) {
    // A busy or failing database must not fail the request itself: the next use writes it.
    std::lock_guard lock(token_use_mu_);
    token_use_written_.erase(id.value);
  }
}

std::pair<std::string, ApiToken> AuthService::CreateApiToken(const Actor& actor, UserId owner,
                                                             const std::string& name,
                                                             std::optional<Timestamp> expires_at,
                                                             std::optional<ApiTokenId> parent) {
  if (!IsValidUtf8(name) || TrimAscii(name).empty() || CodePointCount(name) > 100)
    throw Invalid("name", "must be 1 to 100 characters");
  Timestamp now = clock_.Now();
  if (expires_at && *expires_at <= now) throw Invalid("expires_at", "must be in the future");
  std::string token = "bns_" + RandomToken();
  ApiToken rec{ApiTokenId(), owner, name, token.substr(0, 10), now, {}, expires_at, {}, parent};
  std::string hash = TokenHash(token);
  db_.Transact([&](store::Tx& tx) {
    if (!UserExists(tx, owner)) throw NotFound("no such user");
    if (parent) {
      // A token cannot mint one that outlives it.
      long long parent_expires = 0;
      soci::indicator ind;
      tx.sql() << "SELECT expires_at FROM api_tokens WHERE id = :id", soci::use(parent->value),
          soci::into(parent_expires, ind);
      if (tx.sql().got_data() && ind == soci::i_ok &&
          (!rec.expires_at || rec.expires_at->ms > parent_expires))
        rec.expires_at = Timestamp{parent_expires};
    }
    soci::indicator expires_ind = rec.expires_at ? soci::i_ok : soci::i_null;
    soci::indicator parent_ind = parent ? soci::i_ok : soci::i_null;
    long long expires_ms = rec.expires_at ? rec.expires_at->ms : 0,
              parent_id = parent ? parent->value : 0;
    tx.sql() << "INSERT INTO api_tokens (user_id, name, prefix, token_hash, created_at, "
                "expires_at, parent_id) "
                "VALUES (:u, :n, :p, :h, :c, :e, :parent) RETURNING id",
        soci::use(owner.value), soci::use(rec.name), soci::use(rec.prefix), soci::use(hash),
        soci::use(rec.created_at.ms), soci::use(expires_ms, expires_ind),
        soci::use(parent_id, parent_ind), soci::into(rec.id.value);
    nlohmann::json after = {{"name", rec.name}, {"prefix", rec.prefix}, {"user_id", owner.value}};
    if (rec.expires_at) after["expires_at"] = rec.expires_at->ToString();
    if (parent) after["parent_id"] = parent->value;
    AuditLog::Record(tx, actor, "create", "api_token", rec.id.value, nullptr, after);
  });
  return {token, rec};
}

std::vector<ApiToken> AuthService::ListApiTokens(UserId owner) {
  store::Session sql(db_.pool());
  store::Query q(
      "SELECT id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at, "
      "parent_id "
      "FROM api_tokens WHERE user_id = ");
  q.Bind(owner.value) << " ORDER BY id";
  soci::statement st = q.Prepare(sql);
  ApiToken t;
  long long last_used = 0, expires = 0, revoked = 0, parent = 0;
  soci::indicator last_ind, expires_ind, revoked_ind, parent_ind;
  st.exchange(soci::into(t.id.value));
  st.exchange(soci::into(t.user_id.value));
  st.exchange(soci::into(t.name));
  st.exchange(soci::into(t.prefix));
  st.exchange(soci::into(t.created_at.ms));
  st.exchange(soci::into(last_used, last_ind));
  st.exchange(soci::into(expires, expires_ind));
  st.exchange(soci::into(revoked, revoked_ind));
  st.exchange(soci::into(parent, parent_ind));
  std::vector<ApiToken> out;
  store::ForEachRow(st, [&] {
    ApiToken row = t;
    if (last_ind == soci::i_ok) row.last_used_at = Timestamp{last_used};
    if (expires_ind == soci::i_ok) row.expires_at = Timestamp{expires};
    if (revoked_ind == soci::i_ok) row.revoked_at = Timestamp{revoked};
    if (parent_ind == soci::i_ok) row.parent = ApiTokenId(parent);
    out.push_back(row);
  });
  return out;
}

void AuthService::RevokeApiToken(const Actor& actor, ApiTokenId id) {
  db_.Transact([&](store::Tx& tx) {
    long long owner = 0, revoked = 0;
    soci::indicator revoked_ind;
    tx.sql() << "SELECT user_id, revoked_at FROM api_tokens WHERE id = :id", soci::use(id.value),
        soci::into(owner), soci::into(revoked, revoked_ind);
    if (!tx.sql().got_data()) throw NotFound("no such API token");
    if (owner != actor.user.value && actor.role != Role::kAdmin)
      throw Forbidden("only the token's owner or an admin may revoke it");
    if (revoked_ind == soci::i_ok) return;  // already revoked: nothing changes, nothing to audit
    long long now = clock_.Now().ms;
    // The token and every token created with it, or with those, and so on.
    std::vector<long long> ids{id.value};
    for (size_t i = 0; i < ids.size(); ++i) {
      std::vector<long long> children(100);
      soci::statement st = (tx.sql().prepare << "SELECT id FROM api_tokens WHERE parent_id = :p",
                            soci::use(ids[i]), soci::into(children));
      st.execute();
      while (st.fetch()) {
        ids.insert(ids.end(), children.begin(), children.end());
        children.resize(100);
      }
    }
    for (long long t : ids)
      tx.sql() << "UPDATE api_tokens SET revoked_at = :n WHERE id = :id AND revoked_at IS NULL",
          soci::use(now), soci::use(t);
    nlohmann::json after = {{"revoked", ids}};
    AuditLog::Record(tx, actor, "revoke", "api_token", id.value, nullptr, after);
  });
}

User AuthService::UserIn(store::Tx& tx, UserId id) {
  store::Query q(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ");
  q.Bind(id.value);
  auto users = QueryUsers(tx.sql(), q);
  if (users.empty()) throw NotFound("no such user");
  return users.front();
}

User AuthService::UpdateUser(const Actor& actor, UserId id, long long version,
                             const UserChange& change) {
  if (change.name) ValidateName(*change.name);
  if (change.language) ValidateLanguage(*change.language);
  User updated = db_.Transact([&](store::Tx& tx) {
    User before = UserIn(tx, id);
    if (before.version != version)
      throw Conflict("version", "the user was changed by someone else (now version " +
                                    std::to_string(before.version) + "); reload and try again");
    User after = before;
    if (change.name) after.name = *change.name;
    if (change.role) after.role = *change.role;
    if (change.language) after.language = *change.language;
    if (change.disabled) after.disabled = *change.disabled;
    if (after.disabled && !before.disabled && id == actor.user)
      throw Conflict("disabled", "you cannot disable your own account; ask another admin");
    bool was_admin = before.role == Role::kAdmin && !before.disabled;
    bool is_admin = after.role == Role::kAdmin && !after.disabled;
    if (was_admin && !is_admin) {
      long long others = 0;
      tx.sql() << "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND id <> :id",
          soci::use(id.value), soci::into(others);
      if (others == 0)
        throw Conflict(after.disabled ? "disabled" : "role",
                       "this is the last enabled admin; make another admin first");
    }
    after.version = before.version + 1;
    std::string role(RoleName(after.role));
    int disabled = after.disabled ? 1 : 0;
    long long now = clock_.Now().ms;
    tx.sql() << "UPDATE users SET name = :n, role = :r, language = :l, disabled = :d, version = "
                ":v, updated_at = :u "
                "WHERE id = :id",
        soci::use(after.name), soci::use(role), soci::use(after.language), soci::use(disabled),
        soci::use(after.version), soci::use(now), soci::use(id.value);
    if (after.disabled && !before.disabled) {
      // Offboarding: the user's ways in end now, not when they expire.
      tx.sql() << "DELETE FROM sessions WHERE user_id = :id", soci::use(id.value);
      tx.sql()
          << "UPDATE api_tokens SET revoked_at = :n WHERE user_id = :id AND revoked_at IS NULL",
          soci::use(now), soci::use(id.value);
    }
    AuditLog::Record(tx, actor, "update", "user", id.value, UserToJson(before), UserToJson(after));
    return after;
  });
  ForgetCachedUsers();
  return updated;
}

void AuthService::ResetPassword(const Actor& actor, UserId id, const std::string& password) {
  auto user = FindUser(id);
  if (!user) throw NotFound("no such user");
  CheckPassword(password, user->email);
  std::string hash = HashPassword(password);  // slow: outside the transaction
  db_.Transact([&](store::Tx& tx) {
    UserIn(tx, id);
    long long now = clock_.Now().ms;
    tx.sql() << "UPDATE users SET password_hash = :h, version = version + 1, updated_at = :u WHERE "
                "id = :id",
        soci::use(hash), soci::use(now), soci::use(id.value);
    tx.sql() << "DELETE FROM sessions WHERE user_id = :id", soci::use(id.value);
    AuditLog::Record(tx, actor, "reset_password", "user", id.value, nullptr, nullptr);
  });
  ForgetCachedUsers();
}

long long AuthService::EndSessions(const Actor& actor, UserId id) {
  return db_.Transact([&](store::Tx& tx) {
    UserIn(tx, id);
    long long now = clock_.Now().ms, ended = 0;
    tx.sql() << "SELECT COUNT(*) FROM sessions WHERE user_id = :id AND expires_at >= :n",
        soci::use(id.value), soci::use(now), soci::into(ended);
    tx.sql() << "DELETE FROM sessions WHERE user_id = :id", soci::use(id.value);
    AuditLog::Record(tx, actor, "end_sessions", "user", id.value, nullptr, {{"ended", ended}});
    return ended;
  });
}

void AuthService::ClearSignInLock(const Actor& actor, UserId id) {
  std::string email = db_.Transact([&](store::Tx& tx) {
    User user = UserIn(tx, id);
    AuditLog::Record(tx, actor, "clear_sign_in_lock", "user", id.value, nullptr, nullptr);
    return user.email;
  });
  throttle_.ClearEmail(email);
}

std::optional<Timestamp> AuthService::SignInBlockedUntil(const User& user) {
  return throttle_.BlockedUntil(user.email);
}

}  // namespace banso::auth
