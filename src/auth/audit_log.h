#pragma once
// The audit log: every change, with who made it and the entity before and after, written in
// the same transaction as the change itself so that neither exists without the other.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "store/database.h"

namespace banso::auth {

struct AuditEntry {
  long long id = 0;
  Timestamp at;
  UserId actor_user;
  std::string actor;
  std::string action;  // create, update, delete, import, sign_in, token_create, ...
  std::string entity;  // account, contact, contract, user, api_token, ...
  std::optional<long long> entity_id;
  nlohmann::json before;  // null when created
  nlohmann::json after;   // null when deleted
};

struct AuditQuery {
  std::optional<std::string> entity;
  std::optional<long long> entity_id;
  std::optional<long long> before_id;  // cursor: entries with a smaller id
  std::optional<long long> after_id;   // entries with a larger id, oldest first (a change feed)
  int limit = 50;
};

class AuditLog {
 public:
  static void Record(store::Tx& tx, const Actor& actor, std::string_view action,
                     std::string_view entity, std::optional<long long> entity_id,
                     const nlohmann::json& before, const nlohmann::json& after);
  // Newest first; with after_id, oldest first.
  static std::vector<AuditEntry> List(store::Database& db, const AuditQuery& query);
};

}  // namespace banso::auth
