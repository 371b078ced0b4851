#pragma once
// Success-plan templates in the database, addressed by key; every write audited.
#include <vector>

#include "auth/actor.h"
#include "store/database.h"
#include "success/plan_template.h"

namespace banso::success {

class PlanTemplateStore {
 public:
  explicit PlanTemplateStore(store::Database& db) : db_(db) {}

  std::vector<PlanTemplate> List();                               // by name
  PlanTemplate Get(const std::string& key);                       // NotFound
  PlanTemplate Create(const auth::Actor& actor, PlanTemplate t);  // Conflict if the key is taken
  PlanTemplate Update(const auth::Actor& actor, const std::string& key, long long expected_version,
                      const std::function<void(PlanTemplate&)>& change);
  void Delete(const auth::Actor& actor, const std::string& key);

 private:
  store::Database& db_;
};

}  // namespace banso::success
