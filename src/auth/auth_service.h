#pragma once
// Staff users, sign-in sessions and API tokens.
//
// Thread safety: shareable by all request threads (state is in the database and in the
// internally locked rate limiters).
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/actor.h"
#include "auth/rate_limiter.h"
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
  std::string csrf_token;  // only for cookie sessions; empty for API tokens
  bool via_api_token = false;
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
  std::optional<Timestamp> revoked_at;
};

struct SignInLimits {
  int per_ip = 20;       // attempts per window from one address
  int per_account = 5;   // failed attempts per window for one email
  std::chrono::seconds window{900};
};

class AuthService {
 public:
  explicit AuthService(store::Database& db, SignInLimits limits = {});

  User CreateUser(const Actor& actor, const NewUser& user);
  std::vector<User> ListUsers();
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

  // Returns the token itself (shown once) and its record.
  std::pair<std::string, ApiToken> CreateApiToken(const Actor& actor, UserId owner,
                                                   const std::string& name);
  std::vector<ApiToken> ListApiTokens(UserId owner);
  // Owners may revoke their own tokens; admins any. Throws NotFound / Forbidden.
  void RevokeApiToken(const Actor& actor, ApiTokenId id);

  static constexpr long long kSessionLifetimeMs = 12LL * 3600 * 1000;
  static constexpr std::chrono::seconds kUserCacheTtl{5};

 private:
  Principal PrincipalForUser(long long user_id, std::string csrf, bool via_token);
  // Every request needs its caller's user and lists need staff names: the staff list (small)
  // is read at most every few seconds. A role change made by another process is seen within
  // kUserCacheTtl; one made here at once.
  std::shared_ptr<const std::vector<User>> CachedUsers();
  void ForgetCachedUsers();

  store::Database& db_;
  std::mutex cache_mu_;
  std::shared_ptr<const std::vector<User>> users_cache_;
  std::chrono::steady_clock::time_point users_cached_at_;
  RateLimiter by_ip_;
  RateLimiter by_account_;
};

nlohmann::json UserToJson(const User& user);

}  // namespace banso::auth
