#include "revenue/retention.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace banso::revenue {
namespace {

// The figures' fields by name, once: JSON, sums and differences all follow this list.
template <class Fn>
void ForEachField(PeriodFigures& f, Fn&& fn) {
  fn("opening_mrr", f.opening_mrr);
  fn("new_mrr", f.new_mrr);
  fn("expansion", f.expansion);
  fn("contraction", f.contraction);
  fn("churn", f.churn);
  fn("reactivation", f.reactivation);
  fn("closing_mrr", f.closing_mrr);
  fn("logos_start", f.logos_start);
  fn("logos_new", f.logos_new);
  fn("logos_reactivated", f.logos_reactivated);
  fn("logos_churned", f.logos_churned);
  fn("logos_end", f.logos_end);
  fn("cohort_start_mrr", f.cohort.start_mrr);
  fn("cohort_end_mrr", f.cohort.end_mrr);
  fn("cohort_retained_mrr", f.cohort.retained_mrr);
  fn("cohort_expansion", f.cohort.expansion);
  fn("cohort_contraction", f.cohort.contraction);
  fn("cohort_churn", f.cohort.churn);
  fn("cohort_logos", f.cohort.logos);
  fn("cohort_logos_retained", f.cohort.logos_retained);
}

template <class Op>
void Combine(PeriodFigures& a, const PeriodFigures& b, Op op) {
  PeriodFigures copy = b;
  std::vector<long long> values;
  ForEachField(copy, [&](const char*, long long& v) { values.push_back(v); });
  size_t i = 0;
  ForEachField(a, [&](const char*, long long& v) { v = op(v, values[i++]); });
}

}  // namespace

int MonthNumber(Date d) {
  auto ymd = d.ymd();
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) -
         1;
}

std::optional<int> ParseMonth(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  auto day = Date::Parse(std::string(text) + "-01");
  if (!day) return std::nullopt;
  return MonthNumber(*day);
}

std::string MonthText(int month) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", month / 12, month % 12 + 1);
  return text;
}

Date FirstDayOf(int month) { return Date::FromYmd(month / 12, month % 12 + 1, 1); }

void CohortSums::Add(long long start, long long end) {
  if (start <= 0) return;  // not in the cohort
  start_mrr += start;
  end_mrr += end;
  retained_mrr += std::min(start, end);
  if (end > start) expansion += end - start;
  if (end == 0) churn += start;
  if (end > 0 && end < start) contraction += start - end;
  ++logos;
  if (end > 0) ++logos_retained;
}

CohortSums& CohortSums::operator+=(const CohortSums& o) {
  start_mrr += o.start_mrr, end_mrr += o.end_mrr, retained_mrr += o.retained_mrr;
  expansion += o.expansion, contraction += o.contraction, churn += o.churn;
  logos += o.logos, logos_retained += o.logos_retained;
  return *this;
}

CohortSums& CohortSums::operator-=(const CohortSums& o) {
  start_mrr -= o.start_mrr, end_mrr -= o.end_mrr, retained_mrr -= o.retained_mrr;
  expansion -= o.expansion, contraction -= o.contraction, churn -= o.churn;
  logos -= o.logos, logos_retained -= o.logos_retained;
  return *this;
}

void PeriodFigures::AddFlow(const RevenueMovement& m) {
  switch (m.kind) {
    case MovementKind::kNew: new_mrr += m.mrr_delta_minor, ++logos_new; break;
    case MovementKind::kExpansion: expansion += m.mrr_delta_minor; break;
    case MovementKind::kContraction: contraction -= m.mrr_delta_minor; break;
    case MovementKind::kChurn: churn -= m.mrr_delta_minor, ++logos_churned; break;
    case MovementKind::kReactivation: reactivation += m.mrr_delta_minor, ++logos_reactivated; break;
  }
}

PeriodFigures& PeriodFigures::operator+=(const PeriodFigures& o) {
  Combine(*this, o, [](long long a, long long b) { return a + b; });
  return *this;
}

PeriodFigures& PeriodFigures::operator-=(const PeriodFigures& o) {
  Combine(*this, o, [](long long a, long long b) { return a - b; });
  return *this;
}

long long MrrAtEndOf(std::span<const RevenueMovement> movements, int month) {
  long long mrr = 0;
  for (const RevenueMovement& m : movements) {
    if (MonthNumber(m.date) > month) break;
    mrr += m.mrr_delta_minor;
  }
  return mrr;
}

PeriodFigures AccountFigures(std::span<const RevenueMovement> movements, int first, int last) {
  PeriodFigures f;
  f.opening_mrr = MrrAtEndOf(movements, first - 1);
  f.closing_mrr = MrrAtEndOf(movements, last);
  f.logos_start = f.opening_mrr > 0;
  f.logos_end = f.closing_mrr > 0;
  for (const RevenueMovement& m : movements) {
    int month = MonthNumber(m.date);
    if (month >= first && month <= last) f.AddFlow(m);
  }
  f.cohort.Add(f.opening_mrr, f.closing_mrr);
  return f;
}

nlohmann::json ToJson(const PeriodFigures& f) {
  nlohmann::json j = nlohmann::json::object();
  PeriodFigures copy = f;
  ForEachField(copy, [&](const char* name, long long& v) { j[name] = v; });
  return j;
}

PeriodFigures PeriodFiguresFromJson(const nlohmann::json& j) {
  PeriodFigures f;
  ForEachField(f, [&](const char* name, long long& v) { v = j.value(name, 0LL); });
  return f;
}

}  // namespace banso::revenue

namespace banso::revenue {

void AddConverted(PeriodFigures& into, const PeriodFigures& local, std::optional<double> factor) {
  PeriodFigures copy = local;
  std::vector<std::pair<bool, long long>> values;  // (is a count, value)
  ForEachField(copy, [&](const char* name, long long& v) {
    values.emplace_back(std::string_view(name).find("logos") != std::string_view::npos, v);
  });
  size_t i = 0;
  ForEachField(into, [&](const char*, long long& v) {
    auto [count, value] = values[i++];
    if (count)
      v += value;
    else if (factor)
      v += std::llround(static_cast<double>(value) * *factor);
  });
}

std::optional<double> Nrr(const CohortSums& c) {
  if (c.start_mrr <= 0) return std::nullopt;
  return static_cast<double>(c.end_mrr) / static_cast<double>(c.start_mrr);
}
std::optional<double> Grr(const CohortSums& c) {
  if (c.start_mrr <= 0) return std::nullopt;
  return static_cast<double>(c.retained_mrr) / static_cast<double>(c.start_mrr);
}
std::optional<double> LogoRetention(const CohortSums& c) {
  if (c.logos <= 0) return std::nullopt;
  return static_cast<double>(c.logos_retained) / static_cast<double>(c.logos);
}

std::vector<std::pair<std::string, std::optional<double>>> NamedFigures(const PeriodFigures& f) {
  std::vector<std::pair<std::string, std::optional<double>>> out;
  PeriodFigures copy = f;
  ForEachField(copy, [&](const char* name, long long& v) {
    out.emplace_back(name, static_cast<double>(v));
  });
  out.emplace_back("nrr", Nrr(f.cohort));
  out.emplace_back("grr", Grr(f.cohort));
  out.emplace_back("logo_retention", LogoRetention(f.cohort));
  return out;
}

}  // namespace banso::revenue
