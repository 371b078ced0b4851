#include "rollup_answers.h"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "event_generator.h"

namespace banso::bench {

bool AccountActivity::Empty() const {
  if (wau || mau) return false;
  for (auto d : dau)
    if (d) return false;
  return true;
}

AccountActivity& RollupAnswers::Account(const std::string& external_id) {
  auto [it, inserted] = accounts.try_emplace(external_id);
  if (inserted) it->second.dau.assign(static_cast<size_t>(days()), 0);
  return it->second;
}

void RollupAnswers::Write(const std::string& path) const {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << "# rollup first_day=" << DateString(first_day) << " last_day=" << DateString(last_day)
      << "\n";
  for (const auto& [id, a] : accounts) {
    if (a.Empty()) continue;
    out << id << ' ' << a.wau << ' ' << a.mau;
    for (auto d : a.dau) out << ' ' << d;
    out << '\n';
  }
  if (!out) throw std::runtime_error("cannot write " + path);
}

RollupAnswers RollupAnswers::Read(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  RollupAnswers r;
  std::string line;
  if (!std::getline(in, line) || line.rfind("# rollup first_day=", 0) != 0)
    throw std::runtime_error(path + ": not a rollup answers file");
  auto first = line.find("first_day="), last = line.find("last_day=");
  r.first_day = ParseDate(line.substr(first + 10, 10));
  r.last_day = ParseDate(line.substr(last + 9, 10));
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string id;
    fields >> id;
    AccountActivity& a = r.Account(id);
    fields >> a.wau >> a.mau;
    for (auto& d : a.dau) fields >> d;
    if (!fields) throw std::runtime_error(path + ": bad line: " + line.substr(0, 80));
  }
  return r;
}

uint64_t RollupAnswers::TotalUserDays() const {
  uint64_t total = 0;
  for (const auto& [id, a] : accounts)
    for (auto d : a.dau) total += d;
  return total;
}

size_t CompareRollups(const RollupAnswers& a, const std::string& a_name, const RollupAnswers& b,
                      const std::string& b_name, size_t max_reported,
                      std::vector<std::string>& report) {
  if (a.first_day != b.first_day || a.last_day != b.last_day) {
    report.push_back(a_name + " covers " + DateString(a.first_day) + ".." + DateString(a.last_day) +
                     ", " + b_name + " " + DateString(b.first_day) + ".." + DateString(b.last_day));
    return 1;
  }
  std::set<std::string> ids;
  for (const auto& [id, _] : a.accounts) ids.insert(id);
  for (const auto& [id, _] : b.accounts) ids.insert(id);
  AccountActivity zero;
  zero.dau.assign(static_cast<size_t>(a.days()), 0);
  size_t mismatches = 0;
  for (const auto& id : ids) {
    auto ia = a.accounts.find(id), ib = b.accounts.find(id);
    const AccountActivity& x = ia == a.accounts.end() ? zero : ia->second;
    const AccountActivity& y = ib == b.accounts.end() ? zero : ib->second;
    if (x.wau == y.wau && x.mau == y.mau && x.dau == y.dau) continue;
    ++mismatches;
    if (report.size() >= max_reported) continue;
    std::ostringstream m;
    m << id << ": ";
    if (x.wau != y.wau)
      m << "WAU " << a_name << " " << x.wau << " vs " << b_name << " " << y.wau << "; ";
    if (x.mau != y.mau)
      m << "MAU " << a_name << " " << x.mau << " vs " << b_name << " " << y.mau << "; ";
    int shown = 0;
    for (size_t d = 0; d < x.dau.size() && shown < 3; ++d) {
      if (x.dau[d] == y.dau[d]) continue;
      m << "DAU " << DateString(a.first_day + static_cast<int>(d)) << " " << a_name << " "
        << x.dau[d] << " vs " << b_name << " " << y.dau[d] << "; ";
      ++shown;
    }
    report.push_back(m.str());
  }
  return mismatches;
}

}  // namespace banso::bench
