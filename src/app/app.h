#pragma once
// The composition root: opens the database, applies every module's migrations and wires the
// module services together. The CLI, the HTTP server and the tests all start from an App.
#include <memory>
#include <string>

#include "auth/auth_service.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "customers/journey_stage.h"
#include "customers/portfolio_figures.h"
#include "customers/segment_store.h"
#include "customers/survey_store.h"
#include "customers/ticket_store.h"
#include "customers/timeline.h"
#include "customers/touch_model.h"
#include "customers/touchpoint_store.h"
#include "events/event_service.h"
#include "health/health_engine.h"
#include "health/health_store.h"
#include "health/scorecard_store.h"
#include "revenue/closed_period_store.h"
#include "revenue/contract_store.h"
#include "revenue/fx_rate_store.h"
#include "revenue/retention_service.h"
#include "revenue/revenue_movement_store.h"
#include "revenue/revenue_settings_store.h"
#include "store/database.h"
#include "store/migration.h"
#include "success/ideal_customer_profile.h"
#include "success/journey_board.h"
#include "success/journey_funnel.h"
#include "success/journey_rule.h"
#include "success/journey_rule_runner.h"
#include "success/plan_template_store.h"
#include "success/relationship_map.h"
#include "success/sales_handoff.h"
#include "success/self_sufficiency.h"
#include "success/success_plan_store.h"

namespace banso::app {

struct AppOptions {
  std::string db_url = "sqlite:./banso-data/banso.db";
  size_t pool_size = 16;
  std::chrono::milliseconds lock_wait = store::kDefaultLockWait;
  auth::SignInLimits sign_in_limits;
  events::EventServiceOptions events;
  // What time it is for revenue (movements, closed months) and health scoring; tests pass a
  // ManualClock.
  const Clock* clock = &SystemClock();
};

class App {
 public:
  explicit App(const AppOptions& options);
  ~App();

  store::Database& db() { return *db_; }
  const Clock& clock() const { return clock_; }  // for the CLI and tests; http asks the services
  // The database's kind, "sqlite" or "postgresql", once it answers a query; throws Unavailable
  // when it does not (the health check).
  std::string_view CheckDatabase();
  auth::AuthService& auth() { return auth_; }
  customers::AccountStore& accounts() { return accounts_; }
  customers::ContactStore& contacts() { return contacts_; }
  customers::JourneyStageStore& journey_stages() { return journey_stages_; }
  customers::TouchpointStore& touchpoints() { return touchpoints_; }
  customers::TicketStore& tickets() { return tickets_; }
  customers::SegmentStore& segments() { return segments_; }
  customers::PortfolioFigureStore& portfolio_figures() { return portfolio_figures_; }
  customers::SurveyStore& surveys() { return surveys_; }
  customers::Timeline& timeline() { return timeline_; }
  customers::TouchModelStore& touch_model() { return touch_model_; }
  revenue::ContractStore& contracts() { return contracts_; }
  revenue::RevenueMovementStore& revenue_movements() { return revenue_movements_; }
  revenue::FxRateStore& fx_rates() { return fx_rates_; }
  revenue::RevenueSettingsStore& revenue_settings() { return revenue_settings_; }
  revenue::RetentionService& retention() { return retention_; }
  revenue::ClosedPeriodStore& closed_periods() { return closed_periods_; }
  // Started by `serve` and `demo` (Start() opens the event log and loads the rollups).
  events::EventService& events() { return events_; }
  success::SuccessPlanStore& success_plans() { return success_plans_; }
  success::PlanTemplateStore& plan_templates() { return plan_templates_; }
  success::SelfSufficiencyStore& self_sufficiency() { return self_sufficiency_; }
  success::JourneyRuleStore& journey_rules() { return journey_rules_; }
  success::JourneyRuleRunner& journey_runner() { return journey_runner_; }
  success::JourneyFunnel& journey_funnel() { return journey_funnel_; }
  success::JourneyBoard& journey_board() { return journey_board_; }
  success::RelationshipMaps& relationship_maps() { return relationship_maps_; }
  success::IcpStore& icp() { return icp_; }
  success::SalesHandoffStore& handoffs() { return handoffs_; }
  health::ScorecardStore& scorecards() { return scorecards_; }
  health::HealthStore& health_scores() { return health_store_; }
  // Started by `serve` (watching for changes) and `demo`; until then scores are not kept fresh.
  health::HealthEngine& health() { return health_; }

 private:
  const Clock& clock_;
  std::unique_ptr<store::Database> db_;
  auth::AuthService auth_;
  customers::AccountStore accounts_;
  customers::ContactStore contacts_;
  customers::JourneyStageStore journey_stages_;
  customers::TouchpointStore touchpoints_;
  customers::TicketStore tickets_;
  customers::SegmentStore segments_;
  customers::PortfolioFigureStore portfolio_figures_;
  customers::SurveyStore surveys_;
  customers::Timeline timeline_;
  customers::TouchModelStore touch_model_;
  revenue::ContractStore contracts_;
  revenue::RevenueMovementStore revenue_movements_;
  revenue::FxRateStore fx_rates_;
  revenue::RevenueSettingsStore revenue_settings_;
  revenue::RetentionService retention_;
  revenue::ClosedPeriodStore closed_periods_;
  events::EventService events_;
  success::SuccessPlanStore success_plans_;
  success::PlanTemplateStore plan_templates_;
  success::SelfSufficiencyStore self_sufficiency_;
  success::JourneyRuleStore journey_rules_;
  success::JourneyRuleRunner journey_runner_;
  success::JourneyFunnel journey_funnel_;
  success::JourneyBoard journey_board_;
  success::RelationshipMaps relationship_maps_;
  success::IcpStore icp_;
  success::SalesHandoffStore handoffs_;
  health::ScorecardStore scorecards_;
  health::HealthStore health_store_;
  health::HealthEngine health_;
};

// Every module's migrations, in dependency order.
std::vector<std::vector<store::Migration>> AllMigrations();

}  // namespace banso::app
