// banso_make_accounts_csv: writes a deterministic accounts CSV in Banso's own column names, for
// the import benchmark. The same --rows and --seed give the same bytes.
//
//   banso_make_accounts_csv --rows 100000 --seed 1 > accounts.csv
//
// Names mix Japanese (with a katakana reading) and Latin company names; a few fields are
// quoted because they hold a comma, so the CSV reader's quoted path is exercised too.
#include <CLI/CLI.hpp>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/csv_writer.h"

namespace {

// splitmix64: small, fast and the same on every platform.
struct Rng {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  template <size_t N>
  const char* Pick(const std::array<const char*, N>& items) {
    return items[Next() % N];
  }
};

constexpr std::array<const char*, 12> kJaStems = {"山田", "青葉", "富士", "桜",   "北斗", "大和",
                                                  "東海", "光",   "緑川", "白石", "朝日", "若葉"};
constexpr std::array<const char*, 12> kJaStemsKana = {
    "ヤマダ",   "アオバ", "フジ",       "サクラ",   "ホクト", "ヤマト",
    "トウカイ", "ヒカリ", "ミドリカワ", "シロイシ", "アサヒ", "ワカバ"};
constexpr std::array<const char*, 6> kJaKinds = {"商事",       "製作所", "物流",
                                                 "システムズ", "食品",   "不動産"};
constexpr std::array<const char*, 6> kJaKindsKana = {"ショウジ",   "セイサクショ", "ブツリュウ",
                                                     "システムズ", "ショクヒン",   "フドウサン"};
constexpr std::array<const char*, 10> kEnStems = {"Acme",    "Northwind", "Blue Harbor", "Summit",
                                                  "Vertex",  "Evergreen", "Lumen",       "Cobalt",
                                                  "Redwood", "Orbit"};
constexpr std::array<const char*, 5> kEnKinds = {"Labs", "Logistics", "Foods", "Software",
                                                 "Holdings"};
constexpr std::array<const char*, 8> kIndustries = {
    "Software",   "Manufacturing",     "Retail",   "Logistics", "Finance",
    "Healthcare", "Media, Publishing", "Education"};
constexpr std::array<const char*, 6> kBands = {"1-9",     "10-49",     "50-249",
                                               "250-999", "1000-4999", "5000+"};
constexpr std::array<const char*, 4> kCountries = {"JP", "JP", "JP", "US"};
constexpr std::array<const char*, 7> kStages = {"prospect", "evaluating", "onboarding", "adopting",
                                                "renewing", "advocating", "churned"};

std::string Date(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  long long rows = 100000;
  uint64_t seed = 1;
  CLI::App app("Writes a deterministic accounts CSV (Banso's column names) to stdout");
  app.add_option("--rows", rows, "number of data rows")->capture_default_str();
  app.add_option("--seed", seed, "random seed")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  Rng rng{seed};
  std::string out;
  out.reserve(1 << 20);
  out +=
      "external_id,name,name_kana,domain,industry,employee_band,country,currency,journey_stage,"
      "start_date,renewal_date\n";
  for (long long i = 1; i <= rows; ++i) {
    std::string name, kana, domain;
    bool japanese = rng.Next() % 4 != 0;
    if (japanese) {
      size_t s = rng.Next() % kJaStems.size(), k = rng.Next() % kJaKinds.size();
      name = std::string(kJaStems[s]) + kJaKinds[k] + " " + std::to_string(i);
      kana = std::string(kJaStemsKana[s]) + kJaKindsKana[k];
    } else {
      name = std::string(rng.Pick(kEnStems)) + " " + rng.Pick(kEnKinds) + " " + std::to_string(i);
    }
    domain = "acct" + std::to_string(i) + ".example.com";
    bool yen = japanese || rng.Next() % 3 == 0;
    int start_year = 2021 + static_cast<int>(rng.Next() % 5);
    int month = 1 + static_cast<int>(rng.Next() % 12), day = 1 + static_cast<int>(rng.Next() % 28);
    char ext[32];
    std::snprintf(ext, sizeof ext, "BENCH-%07lld", i);
    out += ext;
    out += ',' + banso::CsvCell(name) + ',' + kana + ',' + domain + ',' +
           banso::CsvCell(rng.Pick(kIndustries)) + ',' + rng.Pick(kBands) + ',' +
           (japanese ? "JP" : rng.Pick(kCountries)) + ',' + (yen ? "JPY" : "USD") + ',' +
           rng.Pick(kStages) + ',' + Date(start_year, month, day) + ',' +
           Date(start_year + 1 + static_cast<int>(rng.Next() % 2), month, day) + '\n';
    if (out.size() > (1 << 20) - 512) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
