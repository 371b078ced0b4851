#include "health/account_history.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/enum_names.h"
#include "store/statement.h"
#include "success/self_sufficiency.h"

namespace banso::health {
namespace {

class Loader {
 public:
  Loader(store::Tx& tx, std::optional<AccountId> only) : tx_(tx), only_(only) {}

  std::vector<AccountHistory> Run() {
    Each("SELECT id, tier FROM accounts", "id", [&](soci::statement& st, auto& row) {
      st.exchange(soci::into(account_));
      st.exchange(soci::into(text_, text_i_));
      row = [&] {
        index_.emplace(account_, out_.size());
        AccountHistory h;
        h.id = AccountId(account_);
        h.tier = text_;
        out_.push_back(std::move(h));
      };
    });
    LoadTouches();
    LoadSurveys();
    LoadTickets();
    LoadContacts();
    LoadStages();
    LoadAssessments();
    LoadObjectives();
    LoadContracts();
    return std::move(out_);
  }

 private:
  // Runs `select` (+ the one-account filter + ORDER BY) with the intos that bind() sets up;
  // bind() also sets the row callback.
  template <class Bind>
  void Each(std::string select, const char* account_column, Bind&& bind,
            const char* order = nullptr) {
    store::Query q(select);
    if (only_) {
      q << (select.find(" WHERE ") == std::string::npos ? " WHERE " : " AND ") << account_column
        << " = ";
      q.Bind(only_->value);
    }
    q << " ORDER BY " << (order ? order : account_column);
    soci::statement st = q.Prepare(tx_.sql());
    std::function<void()> row;
    bind(st, row);
    store::ForEachRow(st, row);
  }

  AccountHistory* Find(long long account) {
    auto it = index_.find(account);
    return it == index_.end() ? nullptr : &out_[it->second];
  }

  void LoadTouches() {
    Each(
        "SELECT account_id, occurred_at, kind, contact_id FROM touchpoints", "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(ms_));
          st.exchange(soci::into(text_));
          st.exchange(soci::into(other_, other_i_));
          row = [&] {
            if (auto* h = Find(account_))
              h->touches.push_back({ms_,
                                    EnumFromString<customers::TouchpointKind>(text_).value_or(
                                        customers::TouchpointKind::kNote),
                                    other_i_ == soci::i_ok ? other_ : 0});
          };
        },
        "account_id, occurred_at, id");
  }

  void LoadSurveys() {
    Each(
        "SELECT account_id, responded_at, kind, score, contact_id FROM surveys", "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(ms_));
          st.exchange(soci::into(text_));
          st.exchange(soci::into(number_));
          st.exchange(soci::into(other_));
          row = [&] {
            if (auto* h = Find(account_))
              h->surveys.push_back({ms_,
                                    EnumFromString<customers::SurveyKind>(text_).value_or(
                                        customers::SurveyKind::kNps),
                                    static_cast<int>(number_), other_});
          };
        },
        "account_id, responded_at, id");
  }

  void LoadTickets() {
    Each(
        "SELECT account_id, opened_at, solved_at, priority FROM tickets", "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(ms_));
          st.exchange(soci::into(other_, other_i_));
          st.exchange(soci::into(text_));
          row = [&] {
            if (auto* h = Find(account_))
              h->tickets.push_back({ms_,
                                    other_i_ == soci::i_ok ? std::optional(other_) : std::nullopt,
                                    EnumFromString<customers::TicketPriority>(text_).value_or(
                                        customers::TicketPriority::kNormal)});
          };
        },
        "account_id, opened_at, id");
  }

  void LoadContacts() {
    Each(
        "SELECT account_id, id, role, departed, departed_at FROM contacts", "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(other_));
          st.exchange(soci::into(text_, text_i_));
          st.exchange(soci::into(number_));
          st.exchange(soci::into(ms_, ms_i_));
          row = [&] {
            auto* h = Find(account_);
            if (!h) return;
            ContactFact c{other_, std::nullopt, std::nullopt};
            if (text_i_ == soci::i_ok) c.role = EnumFromString<customers::ContactRole>(text_);
            // A contact marked departed before departure times were kept counts as gone
            // since the beginning: better to miss a past breadth than to invent one.
            if (number_) c.departed_ms = ms_i_ == soci::i_ok ? ms_ : 0;
            h->contacts.push_back(c);
          };
        },
        "account_id, id");
  }

  void LoadStages() {
    Each(
        "SELECT account_id, at, to_stage FROM journey_transitions", "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(ms_));
          st.exchange(soci::into(text_));
          row = [&] {
            if (auto* h = Find(account_)) h->stages.push_back({ms_, text_});
          };
        },
        "account_id, at, id");
  }

  void LoadAssessments() {
    Each(
        "SELECT account_id, assessed_at, level FROM self_sufficiency_assessments", "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(ms_));
          st.exchange(soci::into(text_));
          row = [&] {
            auto* h = Find(account_);
            auto level = EnumFromString<success::SelfSufficiencyLevel>(text_);
            if (h && level) h->assessments.push_back({ms_, static_cast<int>(*level)});
          };
        },
        "account_id, assessed_at, id");
  }

  // Objectives from the plans' change history: a change "objectives[o1].title" from null adds
  // o1, one to null removes it, and "objectives[o1].status" gives it a status.
  void LoadObjectives() {
    long long plan = 0;
    std::map<std::pair<long long, std::string>, ObjectiveFact> objectives;
    std::map<std::pair<long long, std::string>, long long> account_of;
    Each(
        "SELECT p.account_id, p.id, c.changed_at, c.changes FROM success_plan_changes c "
        "JOIN success_plans p ON p.id = c.plan_id",
        "p.account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(plan));
          st.exchange(soci::into(ms_));
          st.exchange(soci::into(text_));
          row = [&] {
            auto changes = nlohmann::json::parse(text_, nullptr, false);
            if (!changes.is_array()) return;
            for (const auto& c : changes) {
              const std::string path = c.value("path", "");
              if (!path.starts_with("objectives[")) continue;
              size_t close = path.find("].");
              if (close == std::string::npos) continue;
              std::string item = path.substr(11, close - 11);
              std::string field = path.substr(close + 2);
              auto key = std::make_pair(plan, item);
              ObjectiveFact& o = objectives[key];
              account_of[key] = account_;
              const auto& from = c["from"];
              const auto& to = c["to"];
              if (field == "title") {
                if (from.is_null()) o.added_ms = ms_, o.removed_ms.reset();
                if (to.is_null()) o.removed_ms = ms_;
              } else if (field == "status" && to.is_string()) {
                if (auto s = EnumFromString<success::PlanStatus>(to.get<std::string>()))
                  o.statuses.emplace_back(ms_, *s);
              }
            }
          };
        },
        "p.account_id, c.changed_at, c.id");
    for (auto& [key, o] : objectives)
      if (auto* h = Find(account_of[key])) h->objectives.push_back(std::move(o));
  }

  void LoadContracts() {
    Each(
        "SELECT account_id, id, start_date, end_date, amount_minor, currency, billing_period, "
        "seats FROM contracts",
        "account_id",
        [&](soci::statement& st, auto& row) {
          st.exchange(soci::into(account_));
          st.exchange(soci::into(other_));
          st.exchange(soci::into(text_));
          st.exchange(soci::into(text2_, text_i_));
          st.exchange(soci::into(number_));
          st.exchange(soci::into(currency_));
          st.exchange(soci::into(period_));
          st.exchange(soci::into(ms_, ms_i_));
          row = [&] {
            auto* h = Find(account_);
            auto start = Date::Parse(text_);
            if (!h || !start) return;
            revenue::Contract c;
            c.id = ContractId(other_);
            c.account_id = AccountId(account_);
            c.start_date = *start;
            if (text_i_ == soci::i_ok) c.end_date = Date::Parse(text2_);
            c.amount_minor = number_;
            c.currency = currency_;
            c.billing_period = EnumFromString<revenue::BillingPeriod>(period_).value_or(
                revenue::BillingPeriod::kMonthly);
            if (ms_i_ == soci::i_ok) c.seats = ms_;
            h->contracts.push_back(std::move(c));
          };
        },
        "account_id, start_date, id");
  }

  store::Tx& tx_;
  std::optional<AccountId> only_;
  std::vector<AccountHistory> out_;
  std::unordered_map<long long, size_t> index_;
  // The current row's columns, shared by the loaders (each binds what it reads).
  long long account_ = 0, other_ = 0, number_ = 0;
  long long ms_ = 0;
  std::string text_, text2_, currency_, period_;
  soci::indicator other_i_ = soci::i_ok, text_i_ = soci::i_ok, ms_i_ = soci::i_ok;
};

}  // namespace

std::optional<success::PlanStatus> ObjectiveFact::StatusAt(int64_t ms) const {
  if (ms < added_ms || (removed_ms && ms >= *removed_ms)) return std::nullopt;
  std::optional<success::PlanStatus> status;
  for (const auto& [at, s] : statuses) {
    if (at > ms) break;
    status = s;
  }
  return status.value_or(success::PlanStatus::kNotStarted);
}

std::vector<AccountHistory> LoadHistories(store::Tx& tx, std::optional<AccountId> only) {
  return Loader(tx, only).Run();
}

}  // namespace banso::health
