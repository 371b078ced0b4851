#pragma once
// The portfolio as the accounts and activity tables give it, for the accounts a filter (and a
// segment) selects: customers and ARR in the reporting currency by health band, the scores'
// distribution, and the activity of a recent window. The dashboard's health and activity parts
// (the retention and outcome parts come from the revenue and health modules).
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <array>
#include <map>
#include <string>

#include "core/clock.h"
#include "customers/account_store.h"
#include "store/database.h"

namespace banso::customers {

struct BandFigures {
  long long accounts = 0;
  long long arr_reporting_minor = 0;  // accounts whose currency has a rate
};

struct PortfolioFigures {
  long long accounts = 0;   // matching the filter
  long long customers = 0;  // with ARR > 0 (a contract in force)
  long long arr_reporting_minor = 0;
  long long arr_missing_rate = 0;            // customers left out of the ARR for want of an FX rate
  std::map<std::string, BandFigures> bands;  // "red", "yellow", "green"; "" for no score
  std::array<long long, 10> histogram{};     // customers' scores in buckets of ten points
};

struct ActivityFigures {
  std::map<std::string, long long> touchpoints;  // by kind
  long long tickets_opened = 0;
  long long survey_responses = 0;
};

class PortfolioFigureStore {
 public:
  PortfolioFigureStore(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  PortfolioFigures Figures(const AccountQuery& scope);
  // Activity with the scope's accounts in [since, now].
  ActivityFigures Activity(const AccountQuery& scope, Timestamp since);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace banso::customers
