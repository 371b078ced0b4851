#pragma once
// "Account usage changed": other modules (health scoring) subscribe here instead of reading
// the events module's tables. Called from the rollup applier's thread after each applied
// chunk, at most about once a second per account, with the accounts whose usage changed.
#include <vector>

#include "core/ids.h"

namespace banso::events {

class UsageListener {
 public:
  virtual ~UsageListener() = default;
  virtual void OnAccountUsageChanged(const std::vector<AccountId>& accounts) = 0;
};

}  // namespace banso::events
