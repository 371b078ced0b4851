#include "auth/auth_service.h"

#include <algorithm>
#include <cctype>

#include "auth/audit_log.h"
#include "auth/secrets.h"
#include "core/error.h"
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

void ValidateNewUser(const NewUser& u) {
  auto at = u.email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= u.email.size() || u.email.size() > 254 ||
      u.email.find(' ') != std::string::npos)
    throw Invalid("email", "must be an email address");
  if (!IsValidUtf8(u.name) || TrimAscii(u.name).empty() || CodePointCount(u.name) > 100)
    throw Invalid("name", "must be 1 to 100 characters");
  if (u.password.size() < 10) throw Invalid("password", "must be at least 10 characters");
  if (u.password.size() > 256) throw Invalid("password", "must be at most 256 characters");
  if (u.language != "ja" && u.language != "en") throw Invalid("language", "must be ja or en");
}

// Users are read with the same column list everywhere.
constexpr const char* kUserColumns =
    "id, version, email, name, role, language, disabled, created_at";

struct UserRow {
  User u;
  std::string role;
  int disabled = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(u.id.value));
    st.exchange(soci::into(u.version));
    st.exchange(soci::into(u.email));
    st.exchange(soci::into(u.name));
    st.exchange(soci::into(role));
    st.exchange(soci::into(u.language));
    st.exchange(soci::into(disabled));
    st.exchange(soci::into(u.created_at.ms));
  }
  User Get() const {
    User out = u;
    out.role = ParseRole(role).value_or(Role::kViewer);
    out.disabled = disabled != 0;
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
  return Actor{user.id, via_api_token ? "token:" + user.email : user.email, user.role};
}

nlohmann::json UserToJson(const User& u) {
  return {{"id", u.id.value},         {"email", u.email},
          {"name", u.name},           {"role", RoleName(u.role)},
          {"language", u.language},   {"disabled", u.disabled},
          {"version", u.version},     {"created_at", u.created_at.ToString()}};
}

AuthService::AuthService(store::Database& db, SignInLimits limits)
    : db_(db),
      by_ip_(limits.per_ip, limits.window),
      by_account_(limits.per_account, limits.window) {}

User AuthService::CreateUser(const Actor& actor, const NewUser& input) {
  NewUser u = input;
  u.email = NormaliseEmail(u.email);
  ValidateNewUser(u);
  std::string hash = HashPassword(u.password);  // slow: outside the transaction
  User user = db_.Transact([&](store::Tx& tx) {
    long long exists = 0;
    tx.sql() << "SELECT COUNT(*) FROM users WHERE email = :e", soci::use(u.email), soci::into(exists);
    if (exists) throw Conflict("email", "a user with this email already exists");
    long long now = Timestamp::Now().ms;
    User created{UserId(), 1, u.email, u.name, u.role, u.language, false, Timestamp{now}};
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
  soci::statement st = (tx.sql().prepare << "SELECT id FROM users WHERE disabled = 0", soci::into(ids));
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
  std::string ip_key = "ip:" + ip, account_key = "email:" + email;
  int wait = std::max(by_ip_.RetryAfter(ip_key), by_account_.RetryAfter(account_key));
  if (wait > 0) throw RateLimited("too many sign-in attempts; try again later", wait);
  by_ip_.Record(ip_key);

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
    by_account_.Record(account_key);
    throw Unauthorized("wrong email or password");
  }
  by_account_.Reset(account_key);

  std::string token = RandomToken(), csrf = RandomToken(24), token_hash = TokenHash(token);
  long long now = Timestamp::Now().ms, expires = now + kSessionLifetimeMs;
  Principal principal = PrincipalForUser(user_id, csrf, false);
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
                "VALUES (:h, :u, :c, :n, :e)",
        soci::use(token_hash), soci::use(user_id), soci::use(csrf), soci::use(now),
        soci::use(expires);
    tx.sql() << "DELETE FROM sessions WHERE expires_at < :n", soci::use(now);
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

Principal AuthService::PrincipalForUser(long long user_id, std::string csrf, bool via_token) {
  auto user = FindUser(UserId(user_id));
  if (!user || user->disabled) throw Unauthorized("the user is disabled");
  return Principal{*user, std::move(csrf), via_token};
}

Principal AuthService::AuthenticateSession(const std::string& session_token) {
  std::string h = TokenHash(session_token);
  long long user_id = 0, expires = 0;
  std::string csrf;
  {
    store::Session sql(db_.pool());
    sql << "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = :h",
        soci::use(h), soci::into(user_id), soci::into(csrf), soci::into(expires);
    if (!sql.got_data() || expires < Timestamp::Now().ms)
      throw Unauthorized("not signed in or the session has expired");
  }
  return PrincipalForUser(user_id, csrf, false);
}

Principal AuthService::AuthenticateApiToken(const std::string& bearer_token) {
  std::string h = TokenHash(bearer_token);
  long long user_id = 0, revoked = 0;
  soci::indicator revoked_ind;
  {
    store::Session sql(db_.pool());
    sql << "SELECT user_id, revoked_at FROM api_tokens WHERE token_hash = :h", soci::use(h),
        soci::into(user_id), soci::into(revoked, revoked_ind);
    if (!sql.got_data() || revoked_ind == soci::i_ok)
      throw Unauthorized("unknown or revoked API token");
  }
  return PrincipalForUser(user_id, "", true);
}

std::pair<std::string, ApiToken> AuthService::CreateApiToken(const Actor& actor, UserId owner,
                                                              const std::string& name) {
  if (!IsValidUtf8(name) || TrimAscii(name).empty() || CodePointCount(name) > 100)
    throw Invalid("name", "must be 1 to 100 characters");
  std::string token = "bns_" + RandomToken();
  ApiToken rec{ApiTokenId(), owner, name, token.substr(0, 10), Timestamp::Now(), {}, {}};
  std::string hash = TokenHash(token);
  db_.Transact([&](store::Tx& tx) {
    if (!UserExists(tx, owner)) throw NotFound("no such user");
    tx.sql() << "INSERT INTO api_tokens (user_id, name, prefix, token_hash, created_at) VALUES "
                "(:u, :n, :p, :h, :c) RETURNING id",
        soci::use(owner.value), soci::use(rec.name), soci::use(rec.prefix), soci::use(hash),
        soci::use(rec.created_at.ms), soci::into(rec.id.value);
    AuditLog::Record(tx, actor, "create", "api_token", rec.id.value, nullptr,
                     {{"name", rec.name}, {"prefix", rec.prefix}, {"user_id", owner.value}});
  });
  return {token, rec};
}

std::vector<ApiToken> AuthService::ListApiTokens(UserId owner) {
  store::Session sql(db_.pool());
  store::Query q("SELECT id, user_id, name, prefix, created_at, last_used_at, revoked_at FROM "
                 "api_tokens WHERE user_id = ");
  q.Bind(owner.value) << " ORDER BY id";
  soci::statement st = q.Prepare(sql);
  ApiToken t;
  long long last_used = 0, revoked = 0;
  soci::indicator last_ind, revoked_ind;
  st.exchange(soci::into(t.id.value));
  st.exchange(soci::into(t.user_id.value));
  st.exchange(soci::into(t.name));
  st.exchange(soci::into(t.prefix));
  st.exchange(soci::into(t.created_at.ms));
  st.exchange(soci::into(last_used, last_ind));
  st.exchange(soci::into(revoked, revoked_ind));
  std::vector<ApiToken> out;
  store::ForEachRow(st, [&] {
    ApiToken row = t;
    if (last_ind == soci::i_ok) row.last_used_at = Timestamp{last_used};
    if (revoked_ind == soci::i_ok) row.revoked_at = Timestamp{revoked};
    out.push_back(row);
  });
  return out;
}

void AuthService::RevokeApiToken(const Actor& actor, ApiTokenId id) {
  db_.Transact([&](store::Tx& tx) {
    long long owner = 0;
    tx.sql() << "SELECT user_id FROM api_tokens WHERE id = :id", soci::use(id.value),
        soci::into(owner);
    if (!tx.sql().got_data()) throw NotFound("no such API token");
    if (owner != actor.user.value && actor.role != Role::kAdmin)
      throw Forbidden("only the token's owner or an admin may revoke it");
    long long now = Timestamp::Now().ms;
    tx.sql() << "UPDATE api_tokens SET revoked_at = :n WHERE id = :id AND revoked_at IS NULL",
        soci::use(now), soci::use(id.value);
    AuditLog::Record(tx, actor, "revoke", "api_token", id.value, nullptr, nullptr);
  });
}

}  // namespace banso::auth
