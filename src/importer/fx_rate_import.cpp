#include "importer/fx_rate_import.h"

#include <set>

#include "core/text.h"
#include "revenue/reporting_currency.h"

namespace banso {

std::string NormaliseMonth(std::string_view text) {
  std::string_view t = TrimAscii(text);
  // Digit runs: the year, then the month (a day after them is ignored).
  std::vector<std::string> runs(1);
  for (char c : t) {
    if (c >= '0' && c <= '9')
      runs.back() += c;
    else if (!runs.back().empty())
      runs.emplace_back();
  }
  if (runs.back().empty()) runs.pop_back();
  if (runs.size() < 2 || runs.size() > 3 || runs[0].size() != 4 || runs[1].size() > 2)
    return std::string(t);
  return runs[0] + "-" + (runs[1].size() == 1 ? "0" : "") + runs[1];
}

void ImportFxRates(app::App& app, const auth::Actor& actor, CsvReader& reader,
                   const ImportRequest& request, const HeaderMapping& mapping,
                   ImportReport& report) {
  const std::string quote = app.revenue_settings().Get().reporting_currency;
  std::set<std::pair<std::string, std::string>> stored, seen;  // (month, currency)
  for (const revenue::FxRate& r : app.fx_rates().List()) stored.emplace(r.month, r.currency);
  const int month = mapping.ColumnOf("month"), currency = mapping.ColumnOf("currency"),
            rate = mapping.ColumnOf("rate");
  auto cell = [](const CsvRecord& row, int column) {
    return column < static_cast<int>(row.fields.size()) ? TrimAscii(row.fields[column])
                                                        : std::string_view();
  };
  std::vector<revenue::FxRate> rates;
  CsvRecord row;
  while (reader.Next(row)) {
    ++report.total_rows;
    revenue::FxRate r;
    r.month = NormaliseMonth(cell(row, month));
    r.currency = cell(row, currency);
    for (char& c : r.currency) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    r.quote = quote;
    r.rate = cell(row, rate);
    std::erase(r.rate, ',');  // 1,512.30
    try {
      revenue::ValidateFxRate(r);
    } catch (const Error& e) {
      report.Reject(row.line, e.field(), e.what());
      continue;
    }
    if (!seen.emplace(r.month, r.currency).second) {
      report.Reject(row.line, "month", "is given twice");
      continue;
    }
    ++(stored.count({r.month, r.currency}) ? report.updated : report.inserted);
    rates.push_back(std::move(r));
  }
  if (request.dry_run) return;
  if (report.rejected_count > 0) throw ImportRejected(report);
  customers::UpsertCounts counts = app.fx_rates().Upsert(actor, std::move(rates));
  report.inserted = counts.inserted;
  report.updated = counts.updated;
}

}  // namespace banso
