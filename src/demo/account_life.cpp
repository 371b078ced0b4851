#include "demo/account_life.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "demo/name_pools.h"
#include "demo/phrases.h"

namespace banso::demo {
namespace {

using customers::ContactRole;
using customers::Sentiment;
using customers::TicketPriority;
using customers::TicketStatus;
using customers::TouchpointKind;

enum class Intensity { kHigh, kMedium, kLow };

struct Profile {
  bool japanese;
  Intensity intensity;
  long long mrr_major;  // monthly revenue in the currency's major unit
  std::string currency;
  int minor_digits;
  double sentiment;  // the account's underlying satisfaction, ~N(0, 1)
};

std::string Pad(long long n, int width) {
  std::string s = std::to_string(n);
  return std::string(width > static_cast<int>(s.size()) ? width - s.size() : 0, '0') + s;
}

Timestamp BusinessHour(Random& rng, Date day) {
  // 09:00-18:00 JST is 00:00-09:00 UTC.
  return Timestamp{Timestamp::FromDate(day).ms + rng.Between(0, 9 * 60 - 1) * 60000LL};
}

class Simulation {
 public:
  Simulation(Random& rng, long long index, Date today, const DemoStaff& staff)
      : rng_(rng),
        journey_rng_(0x6a6f75726e6579ULL ^ static_cast<uint64_t>(index)),
        ticket_rng_(0x7469636b657473ULL ^ static_cast<uint64_t>(index)),
        index_(index),
        today_(today),
        staff_(staff) {}

  AccountLife Run() {
    MakeProfile();
    MakeAccount();
    MakeContacts();
    double stage_draw = rng_.Unit();
    if (stage_draw < 0.05) return Prospect(false);
    if (stage_draw < 0.08) return Prospect(true);
    LiveCustomerLife();
    FinishAccount();
    MakeTickets();
    return std::move(life_);
  }

 private:
  void MakeProfile() {
    p_.japanese = rng_.Chance(0.7);
    // A long tail: median ¥40k a month, a few accounts at ¥5M+.
    double mrr_jpy = std::exp(std::log(40000.0) + 1.25 * rng_.Normal());
    mrr_jpy = std::clamp(mrr_jpy, 5000.0, 30000000.0);
    p_.intensity = mrr_jpy >= 400000  ? Intensity::kHigh
                   : mrr_jpy >= 80000 ? Intensity::kMedium
                                      : Intensity::kLow;
    if (p_.japanese) {
      p_.currency = "JPY";
      p_.minor_digits = 0;
      p_.mrr_major = static_cast<long long>(std::round(mrr_jpy / 1000.0) * 1000);
    } else {
      static const std::vector<std::pair<std::string, double>> kForeign{
          {"USD", 150.0}, {"GBP", 190.0}, {"EUR", 160.0}, {"SGD", 110.0}, {"AUD", 100.0}};
      const auto& [code, rate] = rng_.Pick(kForeign);
      p_.currency = code;
      p_.minor_digits = 2;
      p_.mrr_major =
          std::max<long long>(50, static_cast<long long>(std::round(mrr_jpy / rate / 10.0) * 10));
    }
    p_.sentiment = rng_.Normal();
  }

  void MakeAccount() {
    customers::Account& a = life_.account;
    CompanyName name = p_.japanese ? JapaneseCompany(rng_) : EnglishCompany(rng_);
    a.name = name.name;
    if (!name.kana.empty()) a.name_kana = name.kana;
    // Portfolios have several companies with the same name; the CRM id tells them apart.
    a.external_id = "001DEMO" + Pad(index_, 8);
    a.domain =
        name.domain_stem + Pad(index_ % 1000, 3) + (p_.japanese ? ".example.jp" : ".example.com");
    static const std::vector<std::string> kIndustries{
        "Software",  "Manufacturing", "Retail", "Finance",     "Healthcare",
        "Education", "Logistics",     "Media",  "Real estate", "Construction"};
    a.industry = rng_.Pick(kIndustries);
    double size = p_.mrr_major * (p_.japanese ? 1.0 : 150.0);
    a.employee_band = size > 2000000  ? "5000+"
                      : size > 500000 ? "1000-4999"
                      : size > 150000 ? "250-999"
                      : size > 40000  ? "50-249"
                      : size > 15000  ? "10-49"
                                      : "1-9";
    static const std::vector<std::string> kForeignCountries{"US", "GB", "DE", "SG", "AU"};
    a.country = p_.japanese ? "JP"
                            : kForeignCountries[p_.currency == "USD"   ? 0
                                                : p_.currency == "GBP" ? 1
                                                : p_.currency == "EUR" ? 2
                                                : p_.currency == "SGD" ? 3
                                                                       : 4];
    a.currency = p_.currency;
    a.owner_id = p_.intensity == Intensity::kLow
                     ? staff_.scale_csm
                     : staff_.csms[rng_.Between(0, staff_.csms.size() - 1)];
    // The touch model comes from the rules (ARR bands, customers/touch_model.h); a few
    // strategic logos get a person whatever they pay.
    if (rng_.Chance(0.03)) {
      a.tier_override = customers::Tier::kHighTouch;
      a.tier_override_reason = p_.japanese ? "戦略顧客（業界の代表的企業）" : "Strategic logo";
    }
    a.custom_attributes = {
        {"plan", p_.intensity == Intensity::kHigh     ? "Enterprise"
                 : p_.intensity == Intensity::kMedium ? "Business"
                                                      : "Starter"},
        {"region", p_.japanese ? (rng_.Chance(0.6) ? "関東" : "関西") : "Global"}};
  }

  void AddContact(ContactRole role) {
    customers::Contact c;
    c.name = p_.japanese ? JapanesePerson(rng_) : EnglishPerson(rng_);
    c.external_id = "003DEMO" + Pad(index_, 8) + Pad(life_.contacts.size(), 2);
    c.email = EmailLocalPart(rng_, c.name) + "@" + *life_.account.domain;
    static const std::vector<std::string> kTitlesJa{"部長", "課長",   "マネージャー",
                                                    "主任", "取締役", "担当"};
    static const std::vector<std::string> kTitlesEn{"Director", "Manager", "Team Lead",
                                                    "VP Operations", "Analyst"};
    c.title = p_.japanese ? rng_.Pick(kTitlesJa) : rng_.Pick(kTitlesEn);
    c.role = role;
    c.language = p_.japanese ? "ja" : "en";
    c.marketing_consent = rng_.Chance(0.7);
    life_.contacts.push_back(std::move(c));
  }

  void MakeContacts() {
    AddContact(ContactRole::kChampion);
    int extra = p_.intensity == Intensity::kHigh     ? static_cast<int>(rng_.Between(2, 6))
                : p_.intensity == Intensity::kMedium ? static_cast<int>(rng_.Between(0, 3))
                                                     : static_cast<int>(rng_.Between(0, 1));
    for (int i = 0; i < extra; ++i)
      AddContact(i == 0                                       ? ContactRole::kDecisionMaker
                 : i == 1 && p_.intensity == Intensity::kHigh ? ContactRole::kExecutiveSponsor
                                                              : ContactRole::kUser);
  }

  // Enters a journey stage on day d (kept in order and not after today).
  void Enter(const char* stage, Date d) {
    if (!life_.journey.empty()) {
      if (life_.journey.back().first == stage) return;
      d = std::max(d, life_.journey.back().second);
    }
    if (d > today_) return;
    life_.journey.emplace_back(stage, d);
    life_.account.journey_stage = stage;
  }
  // Days drawn from the journey's own random source, so that the rest of the life stays as it
  // was before journeys were simulated.
  int JourneyDays(int lo, int hi) { return static_cast<int>(journey_rng_.Between(lo, hi)); }

  AccountLife Prospect(bool evaluating) {
    Date since = today_.AddDays(-static_cast<int>(rng_.Between(10, 120)));
    Enter("prospect", since);
    if (evaluating) Enter("evaluating", since.AddDays(JourneyDays(3, 30)));
    for (Date d = since; d < today_; d = d.AddDays(static_cast<int>(rng_.Between(10, 40))))
      Touch(d, rng_.Chance(0.5) ? TouchpointKind::kEmail : TouchpointKind::kMeeting, 0);
    return std::move(life_);
  }

  long long MinorPerMonth(long long mrr_major) const {
    long long scale = p_.minor_digits == 2 ? 100 : 1;
    return mrr_major * scale;
  }

  void StartContract(Date start, long long mrr_major, const std::string& product) {
    revenue::Contract c;
    c.external_id = "800DEMO" + Pad(index_, 8) + Pad(life_.contracts.size(), 2);
    c.product = product;
    c.start_date = start;
    c.end_date = start.AddMonths(12).AddDays(-1);
    c.currency = p_.currency;
    double draw = rng_.Unit();
    c.billing_period = p_.intensity == Intensity::kLow && draw < 0.5
                           ? revenue::BillingPeriod::kMonthly
                       : draw < 0.15 ? revenue::BillingPeriod::kQuarterly
                                     : revenue::BillingPeriod::kAnnual;
    c.amount_minor = MinorPerMonth(mrr_major) * revenue::MonthsPer(c.billing_period);
    // Sold per seat: about ¥3,000 (or 25 in dollars and euros) per user and month.
    long long per_seat = p_.minor_digits == 2 ? 25 : 3000;
    c.seats = std::max<long long>(3, (mrr_major + per_seat - 1) / per_seat);
    life_.contracts.push_back(std::move(c));
  }

  // The month-by-month life of a paying customer.
  void LiveCustomerLife() {
    int months_ago =
        static_cast<int>(std::ceil(35.0 * std::pow(rng_.Unit(), 0.8)));  // more recent logos
    Date start = today_.AddMonths(-months_ago).AddDays(-static_cast<int>(rng_.Between(0, 27)));
    long long mrr = p_.mrr_major;
    StartContract(start, mrr, "Banso Cloud");
    first_start_ = start;
    renewal_ = *life_.contracts.back().end_date;
    Enter("prospect", start.AddDays(-JourneyDays(40, 150)));
    Enter("evaluating", start.AddDays(-JourneyDays(15, 39)));
    Enter("buying", start.AddDays(-JourneyDays(1, 14)));
    Enter("onboarding", start);
    Enter("adopting", start.AddDays(JourneyDays(21, 70)));

    if (rng_.Chance(0.22))
      champion_leaves_ = start.AddDays(static_cast<int>(rng_.Between(60, 900)));
    if (rng_.Chance(0.25)) {
      quiet_from_ = start.AddDays(static_cast<int>(rng_.Between(30, 700)));
      quiet_until_ = quiet_from_->AddMonths(static_cast<int>(rng_.Between(4, 10)));
    }

    for (Date month = start; month <= today_; month = month.AddMonths(1)) {
      Date month_end = std::min(month.AddMonths(1).AddDays(-1), today_);
      if (!life_.churned) {
        if (champion_leaves_ && *champion_leaves_ >= month && *champion_leaves_ <= month_end)
          ChampionLeaves();
        if (month.ymd().month() == std::chrono::June ||
            month.ymd().month() == std::chrono::December)
          SurveyThisMonth(month);
        // Touches up to a renewal in this month come before its decision; after it, only if
        // the customer stayed.
        if (renewal_ <= month_end && renewal_ < today_) {
          TouchBetween(month, renewal_);
          Renew(mrr);
          if (!life_.churned) TouchBetween(renewal_.AddMonths(-12).AddDays(1), month_end);
        } else {
          TouchBetween(month, month_end);
        }
      } else if (reactivate_on_ && *reactivate_on_ >= month && *reactivate_on_ <= month_end) {
        Reactivate(mrr);
      }
    }
  }

  void ChampionLeaves() {
    customers::Contact& champion = life_.contacts.front();
    champion.departed = true;
    champion.departed_at = Timestamp::FromDate(*champion_leaves_);
    champion_left_on_ = *champion_leaves_;
    Touch(*champion_leaves_, TouchpointKind::kNote, 1, Sentiment::kNegative,
          PhraseKey::kChampionLeft);
    // Some accounts have someone to take over; single-threaded ones do not.
    if (life_.contacts.size() == 1 && rng_.Chance(0.35)) AddContact(ContactRole::kChampion);
  }

  bool Quiet(Date d) const { return quiet_from_ && d >= *quiet_from_ && d < *quiet_until_; }

  // Touchpoints on days [from, to], at the account's rate (per month).
  void TouchBetween(Date from, Date to) {
    double rate = p_.intensity == Intensity::kHigh     ? 2.6
                  : p_.intensity == Intensity::kMedium ? 0.9
                                                       : 0.25;
    for (Date d = from; d <= to; d = d.AddDays(1)) {
      double today_rate = d < first_start_.AddDays(90) ? rate + 1.0 : rate;  // onboarding is busier
      if (Quiet(d) || !rng_.Chance(today_rate / 30.0)) continue;
      static const std::vector<TouchpointKind> kHigh{
          TouchpointKind::kMeeting, TouchpointKind::kMeeting, TouchpointKind::kCall,
          TouchpointKind::kEmail,   TouchpointKind::kOnsite,  TouchpointKind::kChat};
      static const std::vector<TouchpointKind> kLow{TouchpointKind::kEmail,
                                                    TouchpointKind::kWebinar, TouchpointKind::kChat,
                                                    TouchpointKind::kCall};
      TouchpointKind kind = rng_.Pick(p_.intensity == Intensity::kLow ? kLow : kHigh);
      Touch(d, kind, EngagedContact());
    }
  }

  // 1-based index of a contact still at the customer, or 0.
  size_t EngagedContact() {
    std::vector<size_t> present;
    for (size_t i = 0; i < life_.contacts.size(); ++i)
      if (!life_.contacts[i].departed) present.push_back(i + 1);
    return present.empty() ? 0 : rng_.Pick(present);
  }

  Sentiment DrawSentiment() {
    double mood = p_.sentiment + 0.8 * rng_.Normal() - (champion_left_on_ ? 0.7 : 0.0);
    return mood > 0.6    ? Sentiment::kPositive
           : mood < -0.8 ? Sentiment::kNegative
                         : Sentiment::kNeutral;
  }

  void Touch(Date d, TouchpointKind kind, size_t contact,
             std::optional<Sentiment> sentiment = std::nullopt,
             std::optional<PhraseKey> phrase = std::nullopt) {
    customers::Touchpoint t;
    t.kind = kind;
    t.occurred_at = BusinessHour(rng_, d);
    t.contact_id = contact ? std::optional<ContactId>(ContactId(static_cast<long long>(contact)))
                           : std::nullopt;
    t.sentiment = sentiment ? *sentiment : DrawSentiment();
    t.author_id = kind == TouchpointKind::kWebinar ? staff_.marketer : *life_.account.owner_id;
    t.summary = Phrase(rng_, phrase ? *phrase : PhraseFor(kind, *t.sentiment), p_.japanese);
    life_.touchpoints.push_back(std::move(t));
    last_touch_ = std::max(last_touch_, d);
  }

  void SurveyThisMonth(Date month) {
    Date day = month.AddDays(static_cast<int>(rng_.Between(0, 20)));
    if (day > today_) return;
    for (size_t i = 0; i < life_.contacts.size(); ++i) {
      if (life_.contacts[i].departed || !rng_.Chance(i == 0 ? 0.7 : 0.35)) continue;
      double score = 7.6 + 1.9 * p_.sentiment + 0.9 * rng_.Normal();
      if (Quiet(day) || day - last_touch_ > 120) score -= 1.8;
      if (champion_left_on_) score -= 1.5;
      customers::SurveyResponse s;
      s.kind = customers::SurveyKind::kNps;
      s.score = static_cast<int>(std::clamp(std::round(score), 0.0, 10.0));
      s.contact_id = ContactId(static_cast<long long>(i + 1));
      s.responded_at = BusinessHour(rng_, day);
      if (rng_.Chance(0.6))
        s.comment = Phrase(rng_,
                           s.score >= 9   ? PhraseKey::kPromoter
                           : s.score >= 7 ? PhraseKey::kPassive
                                          : PhraseKey::kDetractor,
                           p_.japanese);
      last_nps_ = s.score;
      life_.surveys.push_back(std::move(s));
    }
  }

  // A single-threaded relationship: nobody but (at most) one present contact engaged lately.
  bool SingleThreaded(Date at) const {
    std::vector<bool> engaged(life_.contacts.size() + 1, false);
    for (const auto& t : life_.touchpoints)
      if (t.contact_id && t.occurred_at.date() > at.AddDays(-180))
        engaged[t.contact_id->value] = true;
    int count = 0;
    for (size_t i = 0; i < life_.contacts.size(); ++i)
      if (engaged[i + 1] && !life_.contacts[i].departed) ++count;
    return count <= 1;
  }

  void Renew(long long& mrr) {
    ChurnCauses causes;
    causes.champion_left = champion_left_on_.has_value() && SingleThreaded(renewal_);
    causes.detractor = last_nps_ && *last_nps_ <= 6;
    causes.untouched = renewal_ - last_touch_ > 120;
    double p = 0.04 + (causes.champion_left ? 0.32 : 0) + (causes.detractor ? 0.25 : 0) +
               (causes.untouched ? 0.22 : 0);
    Date next = renewal_.AddDays(1);
    Enter("renewing", renewal_.AddDays(-90));
    if (rng_.Chance(std::min(p, 0.9))) {
      Enter("churned", next);
      life_.churned = true;
      churned_on_.push_back(next);
      life_.churn_causes = causes;
      Touch(renewal_.AddDays(-static_cast<int>(rng_.Between(5, 40))), TouchpointKind::kEmail,
            EngagedContact(), Sentiment::kNegative, PhraseKey::kCancellation);
      if (rng_.Chance(0.08)) reactivate_on_ = next.AddMonths(static_cast<int>(rng_.Between(4, 12)));
      return;
    }
    bool promoter = last_nps_ && *last_nps_ >= 9;
    double draw = rng_.Unit();
    if (draw < (promoter ? 0.35 : 0.18))
      mrr = static_cast<long long>(mrr * (1.1 + 0.5 * rng_.Unit()));
    else if (draw > (causes.detractor ? 0.8 : 0.93))
      mrr = static_cast<long long>(mrr * (0.6 + 0.3 * rng_.Unit()));
    StartContract(next, mrr, "Banso Cloud");
    Enter(draw < (promoter ? 0.35 : 0.18) ? "expanding"
          : promoter                      ? "advocating"
                                          : "adopting",
          next);
    // Cross-sell: an add-on for the new term.
    if (promoter && rng_.Chance(0.2))
      StartContract(next, std::max<long long>(1, mrr / 5), "Analytics add-on");
    renewal_ = *life_.contracts.back().end_date;
  }

  void Reactivate(long long& mrr) {
    life_.churned = false;
    reactivated_on_.push_back(*reactivate_on_);
    mrr = std::max<long long>(1, mrr * 8 / 10);
    StartContract(*reactivate_on_, mrr, "Banso Cloud");
    Enter("onboarding", *reactivate_on_);
    renewal_ = *life_.contracts.back().end_date;
    reactivate_on_.reset();
    Touch(renewal_.AddMonths(-12).AddDays(1), TouchpointKind::kMeeting, EngagedContact(),
          Sentiment::kPositive, PhraseKey::kComeback);
  }

  // Support tickets over the customer's paid months, from a random source of their own (the rest
  // of the life stays as it was). A customer heading for a churn writes in more often, about
  // worse problems, and waits longer for answers in its last four months: the support-load
  // measures of health should see it coming.
  void MakeTickets() {
    double per_month = p_.intensity == Intensity::kHigh     ? 0.8
                       : p_.intensity == Intensity::kMedium ? 0.4
                                                            : 0.15;
    Date from = first_start_;
    size_t next_churn = 0, next_comeback = 0;
    while (from <= today_) {
      std::optional<Date> churn =
          next_churn < churned_on_.size() ? std::optional(churned_on_[next_churn]) : std::nullopt;
      Date to = churn ? *churn : today_.AddDays(1);
      for (Date d = from; d < to; d = d.AddDays(1)) {
        bool troubled = churn && *churn - d <= 120;
        double rate = per_month * (troubled ? 3.0 : 1.0) * (d < first_start_.AddDays(60) ? 1.5 : 1);
        if (ticket_rng_.Chance(rate / 30.0)) OpenTicket(d, troubled);
      }
      if (!churn) break;
      ++next_churn;
      if (next_comeback >= reactivated_on_.size()) break;
      from = reactivated_on_[next_comeback++];
    }
  }

  void OpenTicket(Date d, bool troubled) {
    customers::Ticket t;
    t.external_id = "500DEMO" + Pad(index_, 8) + Pad(life_.tickets.size(), 4);
    std::vector<size_t> present;
    for (size_t i = 0; i < life_.contacts.size(); ++i)
      if (!life_.contacts[i].departed) present.push_back(i + 1);
    if (!present.empty())
      t.contact_id = ContactId(static_cast<long long>(ticket_rng_.Pick(present)));
    double draw = ticket_rng_.Unit();
    double severe = troubled ? 0.45 : 0.2;
    t.priority = draw < severe * 0.25 ? TicketPriority::kUrgent
                 : draw < severe      ? TicketPriority::kHigh
                 : draw < 0.8         ? TicketPriority::kNormal
                                      : TicketPriority::kLow;
    t.subject = TicketSubject(ticket_rng_, p_.japanese, draw < severe);
    t.opened_at = BusinessHour(ticket_rng_, d);
    // Days to solve: a day or two as a rule, weeks for a customer on its way out.
    double days = troubled ? 4 + 20 * ticket_rng_.Unit() : 0.2 + 3 * ticket_rng_.Unit();
    Timestamp solved{t.opened_at.ms + static_cast<long long>(days * 86'400'000)};
    if (solved.ms < Timestamp::FromDate(today_).ms) {
      t.solved_at = solved;
      // Zendesk closes a solved ticket after four days.
      t.status = solved.ms < Timestamp::FromDate(today_.AddDays(-4)).ms ? TicketStatus::kClosed
                                                                        : TicketStatus::kSolved;
    } else {
      static const std::vector<TicketStatus> kWaiting{TicketStatus::kNew, TicketStatus::kOpen,
                                                      TicketStatus::kOpen, TicketStatus::kPending};
      t.status = ticket_rng_.Pick(kWaiting);
    }
    life_.tickets.push_back(std::move(t));
  }

  void FinishAccount() {
    customers::Account& a = life_.account;
    a.start_date = first_start_;
    if (life_.churned) {
      a.renewal_date.reset();
      return;
    }
    a.renewal_date = renewal_;
    if (renewal_ - today_ <= 90)
      Enter("renewing", renewal_.AddDays(-90));
    else if (last_nps_ && *last_nps_ >= 9 && today_ - first_start_ > 365 &&
             a.journey_stage == "adopting")
      Enter("advocating", today_.AddDays(-JourneyDays(0, 60)));
  }

  Random& rng_;
  Random journey_rng_;
  Random ticket_rng_;
  long long index_;
  Date today_;
  const DemoStaff& staff_;
  Profile p_;
  AccountLife life_;
  Date first_start_, renewal_, last_touch_;
  std::optional<Date> champion_leaves_, champion_left_on_, quiet_from_, quiet_until_,
      reactivate_on_;
  std::optional<int> last_nps_;
  std::vector<Date> churned_on_, reactivated_on_;  // the days without and with a contract again
};

}  // namespace

AccountLife SimulateAccountLife(Random& rng, long long index, Date today, const DemoStaff& staff) {
  return Simulation(rng, index, today, staff).Run();
}

}  // namespace banso::demo
