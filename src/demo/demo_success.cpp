#include "demo/demo_success.h"

#include <algorithm>
#include <cmath>

#include "success/kpi_units.h"
#include "success/plan_template.h"

namespace banso::demo {
namespace {

const std::vector<std::string> kDefinitions = {
    "営業の報告作業を半分にして、顧客と話す時間を増やす",
    "全社で同じ数字を見て、週次の会議を30分で終える",
    "新人が一人で提案書を作れるようになる",
    "解約の兆しを1か月早く見つけて、手を打てるようにする",
    "現場が自分たちで設定を変え、ベンダーに頼らず運用できる",
};

success::PlanStatus PickStatus(Random& rng, double elapsed) {
  if (elapsed < 0.1) return success::PlanStatus::kNotStarted;
  double r = rng.Unit();
  if (elapsed > 0.8 && r < 0.3) return success::PlanStatus::kAchieved;
  if (r < 0.55) return success::PlanStatus::kOnTrack;
  if (r < 0.85) return success::PlanStatus::kAtRisk;
  return success::PlanStatus::kOnTrack;
}

// Fills in what the months since the start would have produced for a plan in this state.
void Progress(success::SuccessPlan& plan, success::PlanStatus status, Date today, Random& rng) {
  plan.status = status;
  double pace = status == success::PlanStatus::kAchieved ? 1.0
                : status == success::PlanStatus::kAtRisk ? 0.3 + 0.3 * rng.Unit()
                                                         : 0.8 + 0.3 * rng.Unit();
  double elapsed = std::clamp(static_cast<double>(today.days() - plan.starts_on.days()) /
                                  std::max(1, plan.ends_on->days() - plan.starts_on.days()),
                              0.0, 1.0);
  for (auto& o : plan.objectives) {
    o.status = status == success::PlanStatus::kAtRisk && rng.Chance(0.5)
                   ? success::PlanStatus::kOnTrack
                   : status;
    for (auto& m : o.milestones) {
      if (!m.due_on || *m.due_on > today) continue;
      if (status == success::PlanStatus::kAchieved ||
          rng.Chance(status == success::PlanStatus::kAtRisk ? 0.4 : 0.9))
        m.achieved_on = std::min(today, m.due_on->AddDays(static_cast<int>(rng.Between(-5, 3))));
    }
    for (auto& k : o.kpis) {
      if (status == success::PlanStatus::kNotStarted) continue;
      double done = status == success::PlanStatus::kAchieved ? 1.0 + 0.1 * rng.Unit()
                                                             : std::min(1.0, elapsed * pace);
      double value = k.baseline + (k.target - k.baseline) * done;
      bool whole = success::UnitKind(k.unit) == success::KpiUnitKind::kCount;
      k.current = whole ? std::round(value) : std::round(value * 10) / 10;
    }
    if (status == success::PlanStatus::kAchieved)
      o.evidence = "顧客との振り返りで合意（議事録あり）";
  }
}

}  // namespace

SuccessSummary AddDemoSuccess(app::App& app, const std::vector<SuccessSeed>& seeds, Date today,
                              Random& rng) {
  SuccessSummary summary;
  auto templates = app.plan_templates().List();
  auto criteria = app.self_sufficiency().Criteria();
  const auth::Actor actor = auth::Actor::System("demo");
  constexpr size_t kPlansPerTx = 500;
  std::vector<success::SuccessPlan> plans;
  auto flush = [&] {
    if (plans.empty()) return;
    app.db().Transact([&](store::Tx& tx) {
      for (auto& p : plans) success::SuccessPlanStore::CreateIn(tx, actor, std::move(p));
    });
    summary.plans += static_cast<long long>(plans.size());
    plans.clear();
  };
  for (const SuccessSeed& seed : seeds) {
    if (!templates.empty() && rng.Chance(seed.high_touch ? 0.8 : 0.3)) {
      const auto& t = rng.Pick(templates);
      Date starts_on = today.AddDays(-static_cast<int>(rng.Between(3, t.duration_days + 20)));
      success::SuccessPlan plan = success::Instantiate(t, seed.account, starts_on);
      plan.definition = rng.Pick(kDefinitions);
      plan.csm_user_id = seed.csm;
      plan.customer_contact_id = seed.contact;
      for (auto& o : plan.objectives) o.owner_contact_id = seed.contact;
      double elapsed = static_cast<double>(today.days() - starts_on.days()) / t.duration_days;
      Progress(plan, PickStatus(rng, elapsed), today, rng);
      plans.push_back(std::move(plan));
      if (plans.size() == kPlansPerTx) flush();
    }
  }
  flush();
  // Self-sufficiency: most customers are guided; some run on their own; a few advocate.
  for (const SuccessSeed& seed : seeds) {
    if (criteria.empty() || !rng.Chance(0.4)) continue;
    double r = rng.Unit();
    auto top = r < 0.2   ? success::SelfSufficiencyLevel::kDependent
               : r < 0.6 ? success::SelfSufficiencyLevel::kGuided
               : r < 0.9 ? success::SelfSufficiencyLevel::kSelfRunning
                         : success::SelfSufficiencyLevel::kAdvocate;
    std::vector<SufficiencyCriterionId> met;
    for (const auto& c : criteria)
      if (c.level <= top || rng.Chance(0.2)) met.push_back(c.id);
    app.self_sufficiency().Assess(actor, seed.account, met, "");
    ++summary.assessments;
  }
  return summary;
}

}  // namespace banso::demo
