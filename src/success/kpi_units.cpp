#include "success/kpi_units.h"

#include <cmath>
#include <set>
#include <sstream>

#include "core/error.h"
#include "core/money.h"
#include "core/text.h"

namespace banso::success {
namespace {

std::set<std::string> Keys(std::string_view words) {
  std::set<std::string> keys;
  std::istringstream in{std::string(words)};
  for (std::string w; in >> w;) keys.insert(SearchKey(w));
  return keys;
}

}  // namespace

KpiUnitKind UnitKind(std::string_view unit) {
  static const std::set<std::string> kPercent = Keys("% percent pct パーセント");
  static const std::set<std::string> kCount = Keys(
      "人 名 件 回 社 個 席 本 台 通 枚 人数 件数 回数 ユーザー ユーザ アカウント ライセンス "
      "シート "
      "チケット user users people person persons seat seats account accounts license licenses "
      "licence licences ticket tickets count times reps");
  static const std::set<std::string> kMoney = Keys("円 万円 千円 億円 ¥ $ € £ ドル ユーロ yen");
  static const std::set<std::string> kDuration = Keys(
      "秒 分 時間 日 日間 週 週間 月 か月 ヶ月 ヵ月 カ月 年 sec secs second seconds min mins "
      "minute minutes h hr hrs hour hours day days week weeks month months year years");
  std::string key = SearchKey(TrimAscii(unit));
  if (key.empty()) return KpiUnitKind::kOther;
  if (kPercent.count(key)) return KpiUnitKind::kPercent;
  if (kCount.count(key)) return KpiUnitKind::kCount;
  std::string upper = std::string(TrimAscii(unit));
  for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  if (kMoney.count(key) || CurrencyMinorDigits(upper)) return KpiUnitKind::kMoney;
  if (kDuration.count(key)) return KpiUnitKind::kDuration;
  return KpiUnitKind::kOther;
}

void CheckKpiValues(const std::string& field, const Kpi& kpi) {
  KpiUnitKind kind =
      kpi.usage ? (kpi.usage->measure == UsageMeasure::kSeatUtilisation ? KpiUnitKind::kPercent
                                                                        : KpiUnitKind::kCount)
                : UnitKind(kpi.unit);
  auto check = [&](const char* name, double v) {
    std::string f = field + "." + name;
    switch (kind) {
      case KpiUnitKind::kCount:
        if (v < 0 || v != std::floor(v)) throw Invalid(f, "must be a whole number, not negative");
        break;
      case KpiUnitKind::kPercent:
        if (v < 0 || v > 1000) throw Invalid(f, "must be from 0 to 1000");
        break;
      case KpiUnitKind::kMoney:
      case KpiUnitKind::kDuration:
        if (v < 0) throw Invalid(f, "must not be negative");
        break;
      case KpiUnitKind::kOther: break;
    }
  };
  check("baseline", kpi.baseline);
  check("target", kpi.target);
  if (kpi.current && !kpi.usage) check("current", *kpi.current);
}

}  // namespace banso::success
