#pragma once
// Staff names (and emails, for exports) by id, to show owners and authors without joining into
// the auth module's tables.
#include <string>
#include <unordered_map>

#include "app/app.h"

namespace banso::http {

inline std::unordered_map<long long, std::string> UserNames(app::App& app) {
  std::unordered_map<long long, std::string> names;
  for (const auto& u : app.auth().ListUsers()) names[u.id.value] = u.name;
  return names;
}

inline std::unordered_map<long long, std::string> UserEmails(app::App& app) {
  std::unordered_map<long long, std::string> emails;
  for (const auto& u : app.auth().ListUsers()) emails[u.id.value] = u.email;
  return emails;
}

// The entry of id in a map above, or "" (no id, or no such user).
inline std::string Lookup(const std::unordered_map<long long, std::string>& map,
                          const std::optional<UserId>& id) {
  auto it = id ? map.find(id->value) : map.end();
  return it != map.end() ? it->second : std::string();
}

inline nlohmann::json NameOf(const std::unordered_map<long long, std::string>& names,
                             const std::optional<UserId>& id) {
  auto it = id ? names.find(id->value) : names.end();
  return it != names.end() ? nlohmann::json(it->second) : nlohmann::json();
}

}  // namespace banso::http
