#pragma once
// A success-plan template per segment or use case ("営業DX導入 90日"): objectives, KPIs and
// milestones with due dates relative to the plan's start, applied to an account in one step.
#include <nlohmann/json.hpp>

#include <string>

#include "success/success_plan.h"

namespace banso::success {

struct PlanTemplate {
  PlanTemplateId id;
  std::string key;  // "sales-dx-90", stable, in URLs
  long long version = 0;
  std::string name;     // becomes the plan's title
  std::string segment;  // who it suits ("中堅企業 / 営業部門")
  std::string description;
  int duration_days = 90;
  // Objectives as in a plan, with "due_in_days" instead of dates:
  // [{"title", "type", "kind", "due_in_days", "kpis": [{..., "due_in_days"}],
  //   "milestones": [{"title", "due_in_days"}]}]
  nlohmann::json objectives = nlohmann::json::array();
  Timestamp created_at, updated_at;
};

// Throws Invalid naming the field; the objectives are checked by building a plan from them.
void ValidateTemplate(const PlanTemplate& t);
nlohmann::json ToJson(const PlanTemplate& t);
void ApplyJson(const nlohmann::json& body, PlanTemplate& t);

// The plan the template makes for an account starting on starts_on (not yet stored).
SuccessPlan Instantiate(const PlanTemplate& t, AccountId account, Date starts_on);

}  // namespace banso::success
