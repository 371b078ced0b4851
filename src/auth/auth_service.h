#pragma once
// Staff users, sign-in sessions and API tokens.
//
// Thread safety: shareable by all request threads (state is in the database and in the
// internally locked rate limiters).
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/actor.h"
#include "auth/audit_log.h"
#include "auth/sign_in_throttle.h"
#include "core/clock.h"
#include "core/date.h"
#include "store/database.h"

namespace banso::auth {

struct User {
  UserId id;
  long long version = 1;
  std::string email;
  std::string name;
  Role role = Role::kViewer;
  std::string language = "ja";
  bool disabled = false;
  Timestamp created_at;
  std::optional<Timestamp> last_sign_in_at;
};

// An admin's change to a user; absent fields stay as they are.
struct UserChange {
  std::optional<std::string> name;
  std::optional<Role> role;
  std::optional<std::string> language;
  std::optional<bool> disabled;
};

struct NewUser {
  std::string email;
  std::string name;
  Role role = Role::kViewer;
  std::string language = "ja";
  std::string password;
};

// The authenticated caller of a request.
struct Principal {
  User user;
  std::string csrf_token;               // only for cookie sessions; empty for API tokens
  std::optional<ApiTokenId> api_token;  // the token the request came with, if any
  std::optional<Timestamp> api_token_expires_at;
  Actor actor() const;
};

struct SignedIn {
  std::string session_token;  // the cookie value; only its hash is stored
  Principal principal;
};

struct ApiToken {
  ApiTokenId id;
  UserId user_id;
  std::string name;
  std::string prefix;  // first characters, to recognise a token without storing it
  Timestamp created_at;
  std::optional<Timestamp> last_used_at;
  std::optional<Timestamp> expires_at;
  std::optional<Timestamp> revoked_at;
  std::optional<ApiTokenId> parent;  // the token it was created with
};

class AuthService {
 public:
  explicit AuthService(store::Database& db, SignInLimits limits = {},
                       const Clock& clock = SystemClock());

  User CreateUser(const Actor& actor, const NewUser& user);
  // Staff management (admins; every change audited). Disabling a user ends their sessions and
  // revokes their tokens at once. Conflict when stale, when the change would leave no enabled
  // admin, or when an admin disables themself.
  User UpdateUser(const Actor& actor, UserId id, long long version, const UserChange& change);
  // Sets a new password (CheckPassword's rules) and ends the user's sessions.
  void ResetPassword(const Actor& actor, UserId id, const std::string& password);
  // Ends every session of the user; returns how many there were.
  long long EndSessions(const Actor& actor, UserId id);
  // Forgets the failed sign-ins that delay the user's email.
  void ClearSignInLock(const Actor& actor, UserId id);
  std::optional<Timestamp> SignInBlockedUntil(const User& user);
  std::vector<User> ListUsers();
  // The audit log, newest first (the admins' trail of every change).
  std::vector<AuditEntry> AuditTrail(const AuditQuery& query) { return AuditLog::List(db_, query); }
  std::optional<User> FindUser(UserId id);
  std::optional<User> FindUserByEmail(const std::string& email);
  bool HasUsers();
  bool HasAdmin();  // an enabled admin exists
  // True if id names an existing, enabled user (used to validate owners in a transaction).
  static bool UserExists(store::Tx& tx, UserId id);
  static std::vector<long long> ActiveUserIds(store::Tx& tx);

  // Throws Unauthorized on a wrong email or password, RateLimited when over the limits.
  SignedIn SignIn(const std::string& email, const std::string& password, const std::string& ip);
  void SignOut(const std::string& session_token);
  Principal AuthenticateSession(const std::string& session_token);
  Principal AuthenticateApiToken(const std::string& bearer_token);

  // Returns the token itself (shown once) and its record. A token created by a request that
  // came with a token (parent) expires no later than it and is revoked with it.
  std::pair<std::string, ApiToken> CreateApiToken(
      const Actor& actor, UserId owner, const std::string& name,
      std::optional<Timestamp> expires_at = std::nullopt,
      std::optional<ApiTokenId> parent = std::nullopt);
  std::vector<ApiToken> ListApiTokens(UserId owner);
  // Owners may revoke their own tokens; admins any. Revokes the tokens created with it too.
  // Revoking a revoked token changes nothing. Throws NotFound / Forbidden.
  void RevokeApiToken(const Actor& actor, ApiTokenId id);

  static constexpr long long kSessionLifetimeMs = 12LL * 3600 * 1000;
  static constexpr std::chrono::seconds kUserCacheTtl{5};

 private:
  Principal PrincipalForUser(long long user_id, std::string csrf);
  // last_used_at is written at most once a minute per token, not on every request.
  void NoteTokenUsed(ApiTokenId id);
  User UserIn(store::Tx& tx, UserId id);  // as the transaction sees it; NotFound if absent
  // Every request needs its caller's user and lists need staff names: the staff list (small)
  // is read at most every few seconds. A role change made by another process is seen within
  // kUserCacheTtl; one made here at once.
  std::shared_ptr<const std::vector<User>> CachedUsers();
  void ForgetCachedUsers();

  store::Database& db_;
  std::mutex cache_mu_;
  std::shared_ptr<const std::vector<User>> users_cache_;
  std::chrono::steady_clock::time_point users_cached_at_;
  const Clock& clock_;
  SignInThrottle throttle_;
  std::mutex token_use_mu_;
  std::unordered_map<long long, long long> token_use_written_;  // token id -> ms last written
};

nlohmann::json UserToJson(const User& user);
nlohmann::json TokenToJson(const ApiToken& token);

}  // namespace banso::auth
