#include "demo/demo_portfolio.h"

#include <cmath>
#include <cstdio>
#include "demo/demo_handoffs.h"
#include "demo/demo_health.h"
#include "demo/demo_success.h"
#include "demo/demo_usage.h"

#include "auth/password_policy.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "customers/journey_transition.h"
#include "customers/ticket_store.h"
#include "demo/account_life.h"
#include "demo/random.h"
#include "revenue/contract_store.h"
#include "revenue/fx_rate_store.h"
#include "revenue/revenue_settings_store.h"

namespace banso::demo {
namespace {

constexpr int kChunk = 2000;  // accounts per transaction: bounded memory, visible progress

UserId EnsureStaff(app::App& app, const std::string& email, const std::string& name,
                   auth::Role role) {
  if (auto user = app.auth().FindUserByEmail(email)) return user->id;
  // Demo staff cannot sign in until an admin sets a password: theirs is random and unseen.
  return app.auth()
      .CreateUser(auth::Actor::System("demo"),
                  {email, name, role, "ja", auth::RandomPassword(email)})
      .id;
}

DemoStaff MakeStaff(app::App& app) {
  DemoStaff staff;
  const std::vector<std::pair<std::string, std::string>> csms{
      {"sato.hanako", "佐藤 花子"},       {"suzuki.ichiro", "鈴木 一郎"},
      {"takahashi.misaki", "高橋 美咲"},  {"tanaka.kenta", "田中 健太"},
      {"emma.clarke", "Emma Clarke"},     {"ito.naoki", "伊藤 直樹"},
      {"watanabe.sakura", "渡辺 さくら"}, {"liam.walker", "Liam Walker"}};
  for (const auto& [local, name] : csms)
    staff.csms.push_back(EnsureStaff(app, local + "@staff.banso.example", name, auth::Role::kCsm));
  staff.scale_csm =
      EnsureStaff(app, "kobayashi.sho@staff.banso.example", "小林 翔", auth::Role::kCsm);
  staff.marketer =
      EnsureStaff(app, "nakamura.yui@staff.banso.example", "中村 結衣", auth::Role::kMarketer);
  EnsureStaff(app, "yamamoto.makoto@staff.banso.example", "山本 誠", auth::Role::kManager);
  return staff;
}

// Writes one chunk of simulated accounts, resolving each record's references to the ids the
// database gave its account and contacts.
void WriteChunk(store::Tx& tx, std::vector<AccountLife>& lives, DemoSummary& summary) {
  std::vector<customers::Account> accounts;
  for (auto& life : lives) {
    accounts.push_back(life.account);
    if (!life.journey.empty())
      accounts.back().journey_stage_since = Timestamp::FromDate(life.journey.back().second);
  }
  customers::AccountStore::Upsert(tx, accounts, /*record_transitions=*/false);
  const auth::Actor demo = auth::Actor::System("demo");
  std::vector<customers::JourneyTransition> transitions;
  for (size_t i = 0; i < lives.size(); ++i) {
    lives[i].account.id = accounts[i].id;
    std::optional<std::string> from;
    for (const auto& [stage, day] : lives[i].journey) {
      transitions.push_back(
          customers::TransitionBy(demo, accounts[i].id, from, stage, Timestamp::FromDate(day)));
      from = stage;
    }
  }
  customers::JourneyTransitionStore::RecordIn(tx, transitions);

  std::vector<customers::Contact> contacts;
  std::vector<size_t> first_contact;  // index of each life's first contact in `contacts`
  for (size_t i = 0; i < lives.size(); ++i) {
    first_contact.push_back(contacts.size());
    for (auto c : lives[i].contacts) {
      c.account_id = accounts[i].id;
      contacts.push_back(std::move(c));
    }
  }
  customers::ContactStore::Upsert(tx, contacts);
  for (size_t i = 0; i < lives.size(); ++i)
    for (size_t j = 0; j < lives[i].contacts.size(); ++j)
      lives[i].contacts[j].id = contacts[first_contact[i] + j].id;

  std::vector<customers::Touchpoint> touchpoints;
  std::vector<customers::SurveyResponse> surveys;
  std::vector<customers::Ticket> tickets;
  std::vector<revenue::Contract> contracts;
  auto contact_id = [&](size_t life, long long index1) {
    return contacts[first_contact[life] + static_cast<size_t>(index1 - 1)].id;
  };
  for (size_t i = 0; i < lives.size(); ++i) {
    for (auto t : lives[i].touchpoints) {
      t.account_id = accounts[i].id;
      if (t.contact_id) t.contact_id = contact_id(i, t.contact_id->value);
      touchpoints.push_back(std::move(t));
    }
    for (auto s : lives[i].surveys) {
      s.account_id = accounts[i].id;
      s.contact_id = contact_id(i, s.contact_id.value);
      surveys.push_back(std::move(s));
    }
    for (auto t : lives[i].tickets) {
      t.account_id = accounts[i].id;
      if (t.contact_id) t.contact_id = contact_id(i, t.contact_id->value);
      tickets.push_back(std::move(t));
    }
    for (auto c : lives[i].contracts) {
      c.account_id = accounts[i].id;
      contracts.push_back(std::move(c));
    }
    summary.churned += lives[i].churned;
    if (const auto& causes = lives[i].churn_causes) {
      ++summary.churns;
      summary.churns_champion_left += causes->champion_left;
      summary.churns_detractor += causes->detractor;
      summary.churns_untouched += causes->untouched;
    }
  }
  customers::TouchpointStore::InsertMany(tx, touchpoints);
  customers::SurveyStore::InsertMany(tx, surveys);
  customers::TicketStore::Upsert(tx, tickets);
  revenue::ContractStore::Upsert(tx, contracts);

  summary.accounts += static_cast<long long>(accounts.size());
  summary.contacts += static_cast<long long>(contacts.size());
  summary.touchpoints += static_cast<long long>(touchpoints.size());
  summary.surveys += static_cast<long long>(surveys.size());
  summary.tickets += static_cast<long long>(tickets.size());
  summary.contracts += static_cast<long long>(contracts.size());
}

// Monthly rates into yen for the demo's foreign currencies over the last two years, moving a
// little from month to month, so that ARR sorts and compares in one currency from the start.
// Only when yen is the reporting currency: the rates are yen per unit.
void AddDemoFxRates(app::App& app, Date today) {
  if (app.revenue_settings().Get().reporting_currency != "JPY") return;
  static const std::vector<std::pair<std::string, double>> kYenPer{
      {"USD", 150.0}, {"GBP", 190.0}, {"EUR", 160.0}, {"SGD", 110.0}, {"AUD", 100.0}};
  std::vector<revenue::FxRate> rates;
  auto ymd = today.ymd();
  for (int back = 0; back < 24; ++back) {
    auto month = ymd.year() / ymd.month() / 1 - std::chrono::months(back);
    std::string name =
        Date::FromYmd(static_cast<int>(month.year()), static_cast<unsigned>(month.month()), 1)
            .ToString()
            .substr(0, 7);
    for (size_t c = 0; c < kYenPer.size(); ++c) {
      double rate =
          kYenPer[c].second * (1.0 + 0.03 * std::sin(back * 0.7 + static_cast<double>(c)));
      char text[32];
      std::snprintf(text, sizeof text, "%.2f", rate);
      rates.push_back({FxRateId(), 0, name, kYenPer[c].first, "JPY", text, {}, {}});
    }
  }
  app.fx_rates().Upsert(auth::Actor::System("demo"), std::move(rates));
}

}  // namespace

DemoSummary LoadDemoPortfolio(app::App& app, const DemoOptions& options,
                              const std::function<void(long long, long long)>& progress) {
  if (options.accounts < 1 || options.accounts > 10000000)
    throw Invalid("accounts", "must be 1 to 10,000,000");
  DemoStaff staff = MakeStaff(app);
  AddDemoFxRates(app, options.today);
  Random rng(options.seed);
  DemoSummary summary;
  Random usage_rng(options.seed ^ 0x75736167ULL);  // its own stream: usage does not shift the rest
  std::vector<UsageSeed> usage_seeds;
  std::vector<SuccessSeed> success_seeds;
  std::vector<HandoffSeed> handoff_seeds;
  for (long long start = 0; start < options.accounts; start += kChunk) {
    long long end = std::min<long long>(options.accounts, start + kChunk);
    std::vector<AccountLife> lives;
    lives.reserve(end - start);
    for (long long i = start; i < end; ++i)
      lives.push_back(SimulateAccountLife(rng, i + 1, options.today, staff));
    app.db().Transact([&](store::Tx& tx) {
      if (start == 0 &&
          customers::AccountStore::FindIdByExternalId(tx, *lives.front().account.external_id))
        throw Conflict("accounts", "the demo portfolio is already loaded");
      WriteChunk(tx, lives, summary);
    });
    for (const AccountLife& life : lives) {
      if (life.churned || static_cast<long long>(success_seeds.size()) >= options.success_accounts)
        continue;
      // Larger customers get a CSM's plan more often.
      const std::string band = life.account.employee_band.value_or("");
      bool large = band == "250-999" || band == "1000-4999" || band == "5000+";
      SuccessSeed seed{life.account.id, life.account.owner_id, std::nullopt,
                       large || life.account.tier_override == customers::Tier::kHighTouch};
      for (const auto& c : life.contacts)
        if (!c.departed && (!seed.contact || c.role == customers::ContactRole::kChampion))
          seed.contact = c.id;
      success_seeds.push_back(seed);
    }
    for (const AccountLife& life : lives) {
      if (!life.account.start_date ||
          static_cast<long long>(handoff_seeds.size()) >= options.success_accounts)
        continue;
      HandoffSeed seed{
          life.account.id,      *life.account.start_date, life.account.country == "JP", {}, {},
          life.account.owner_id};
      for (const auto& c : life.contacts) {
        seed.contacts.emplace_back(c.id, c.name);
        seed.roles.emplace_back(c.role ? EnumToString(*c.role) : "user");
      }
      handoff_seeds.push_back(std::move(seed));
    }
    for (const AccountLife& life : lives) {
      if (static_cast<long long>(usage_seeds.size()) >= options.usage_accounts) break;
      UsageSeed seed{*life.account.external_id,
                     life.account.employee_band.value_or("10-49"),
                     {},
                     {},
                     std::nullopt};
      for (const auto& c : life.contacts) {
        if (c.departed || !c.external_id) continue;
        seed.contacts.emplace_back(*c.external_id, c.email.value_or(""));
        seed.names.push_back(c.name);
      }
      if (life.churned) {
        for (const auto& c : life.contracts)
          if (c.end_date && (!seed.churned_on || *c.end_date > *seed.churned_on))
            seed.churned_on = c.end_date;
      }
      usage_seeds.push_back(std::move(seed));
    }
    if (progress) progress(end, options.accounts);
  }
  Random success_rng(options.seed ^ 0x73756363ULL);  // its own stream, like usage's
  SuccessSummary success = AddDemoSuccess(app, success_seeds, options.today, success_rng);
  summary.success_plans = success.plans;
  summary.self_sufficiency_assessments = success.assessments;
  summary.handoffs = AddDemoHandoffs(app, handoff_seeds, options.today, success_rng);
  if (!usage_seeds.empty()) {
    UsageSummary usage = SendDemoUsage(app, usage_seeds, options.today, usage_rng);
    summary.usage_events = usage.events;
    summary.usage_users = usage.users;
  }
  HealthSummary health = AddDemoHealth(app, options.today);
  summary.health_snapshots = health.snapshots;
  summary.health_backtest_auc = health.backtest_auc;
  summary.health_renewal_auc = health.backtest_renewal_auc;
  return summary;
}

}  // namespace banso::demo
