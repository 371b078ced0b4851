#pragma once
// Who is making a change: a signed-in staff user, an API token's owner, or the system itself
// (CLI, demo generator). Recorded in the audit log with every change.
#include <string>

#include "auth/role.h"
#include "core/ids.h"

namespace banso::auth {

struct Actor {
  UserId user;        // invalid for the system
  std::string label;  // "sato@example.com", "cli", "demo", "token:crm-sync"
  Role role = Role::kViewer;

  static Actor System(std::string label) { return Actor{UserId(), std::move(label), Role::kAdmin}; }
};

}  // namespace banso::auth
