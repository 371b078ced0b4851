#include "app/app.h"

#include "store/migration.h"

namespace banso::store {
std::vector<Migration> AuthMigrations();
std::vector<Migration> CustomersMigrations();
std::vector<Migration> RevenueMigrations();
std::vector<Migration> EventsMigrations();
std::vector<Migration> SuccessMigrations();
std::vector<Migration> HealthMigrations();
}  // namespace banso::store

namespace banso::app {

std::vector<std::vector<store::Migration>> AllMigrations() {
  return {store::AuthMigrations(),   store::CustomersMigrations(), store::RevenueMigrations(),
          store::EventsMigrations(), store::SuccessMigrations(),   store::HealthMigrations()};
}

namespace {
std::unique_ptr<store::Database> OpenAndMigrate(const AppOptions& options) {
  auto db = store::Database::Open(options.db_url, options.pool_size, options.lock_wait);
  store::ApplyMigrations(*db, AllMigrations());
  return db;
}
}  // namespace

App::App(const AppOptions& options)
    : clock_(*options.clock),
      db_(OpenAndMigrate(options)),
      auth_(*db_, options.sign_in_limits),
      accounts_(*db_, *options.clock),
      contacts_(*db_),
      journey_stages_(*db_),
      touchpoints_(*db_),
      tickets_(*db_),
      segments_(*db_),
      portfolio_figures_(*db_, *options.clock),
      surveys_(*db_),
      timeline_(*db_),
      touch_model_(*db_),
      contracts_(*db_, *options.clock),
      revenue_movements_(*db_),
      fx_rates_(*db_),
      revenue_settings_(*db_),
      retention_(*db_, *options.clock),
      closed_periods_(*db_),
      events_(*db_, options.events),
      success_plans_(*db_),
      plan_templates_(*db_),
      self_sufficiency_(*db_),
      journey_rules_(*db_),
      journey_runner_(*db_, events_.usage()),
      journey_funnel_(*db_),
      journey_board_(*db_),
      relationship_maps_(*db_),
      icp_(*db_),
      handoffs_(*db_),
      scorecards_(*db_),
      health_store_(*db_),
      health_(*db_, events_, scorecards_, health_store_, revenue_settings_, *options.clock) {
  events_.AddUsageListener(&health_);
  timeline_.AddSource(touchpoints_.TimelineSource());
  timeline_.AddSource(tickets_.TimelineSource());
  timeline_.AddSource(surveys_.TimelineSource());
  timeline_.AddSource(revenue_movements_.TimelineSource());
  timeline_.AddSource(health::HealthStore::TimelineSource());
}

App::~App() = default;

std::string_view App::CheckDatabase() {
  db_->Ping();
  return db_->backend() == store::Backend::kSqlite ? "sqlite" : "postgresql";
}

}  // namespace banso::app
