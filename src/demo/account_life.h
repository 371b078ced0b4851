#pragma once
// One demo account's life, simulated month by month over three years: contracts renewed,
// expanded, contracted or churned; contacts joining and leaving; touchpoints and NPS.
//
// Churn is caused, not drawn flat: at each renewal its probability rises when the only engaged
// contact (the champion) has left, when the latest NPS was a detractor's, and when nobody has
// touched the account for months, so that later issues can learn these causes back. (Later
// issues add low product usage as a fourth cause.)
#include <vector>

#include "customers/account.h"
#include "customers/contact.h"
#include "customers/survey_response.h"
#include "customers/ticket.h"
#include "customers/touchpoint.h"
#include "demo/random.h"
#include "revenue/contract.h"

namespace banso::demo {

// Staff the simulation assigns work to.
struct DemoStaff {
  std::vector<UserId> csms;  // owners of high- and low-touch accounts
  UserId scale_csm;          // the pooled owner of tech-touch accounts
  UserId marketer;           // hosts webinars
};

// Why an account churned, as the simulation decided; kept for the summary and tests only,
// never stored with the account.
struct ChurnCauses {
  bool champion_left = false;
  bool detractor = false;
  bool untouched = false;
};

struct AccountLife {
  customers::Account account;
  std::vector<customers::Contact> contacts;
  std::vector<revenue::Contract> contracts;
  // contact_id.value holds an index into contacts (+1; 0 = none) until contacts are stored.
  std::vector<customers::Touchpoint> touchpoints;
  std::vector<customers::SurveyResponse> surveys;
  // contact_id as for touchpoints. More, more urgent and slower to solve before a churn.
  std::vector<customers::Ticket> tickets;
  bool churned = false;
  std::optional<ChurnCauses> churn_causes;  // of the last churn
  // The journey stages entered, oldest first; the last is the account's stage.
  std::vector<std::pair<std::string, Date>> journey;
};

// Simulates account number `index` of the portfolio. Deterministic in (rng state, index, today).
AccountLife SimulateAccountLife(Random& rng, long long index, Date today, const DemoStaff& staff);

}  // namespace banso::demo
