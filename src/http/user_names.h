#pragma once
// Staff names by id, to show owners and authors without joining into the auth module's tables.
#include <string>
#include <unordered_map>

#include "app/app.h"

namespace banso::http {

inline std::unordered_map<long long, std::string> UserNames(app::App& app) {
  std::unordered_map<long long, std::string> names;
  for (const auto& u : app.auth().ListUsers()) names[u.id.value] = u.name;
  return names;
}

inline nlohmann::json NameOf(const std::unordered_map<long long, std::string>& names,
                             const std::optional<UserId>& id) {
  auto it = id ? names.find(id->value) : names.end();
  return it != names.end() ? nlohmann::json(it->second) : nlohmann::json();
}

}  // namespace banso::http
