#include "events/usage_rollups.h"

#include <algorithm>
#include <cstring>

namespace banso::events {

DayCell& UsageRollups::CellFor(AccountCells& a, int day) {
  // Events mostly arrive for the newest day: check the end first.
  if (!a.days.empty() && a.days.back().day == day) return a.days.back();
  auto it = std::lower_bound(a.days.begin(), a.days.end(), day,
                             [](const DayCell& c, int d) { return c.day < d; });
  if (it != a.days.end() && it->day == day) return *it;
  first_day_ = std::min(first_day_, day);
  return *a.days.insert(it, DayCell(day));
}

Roaring& UsageRollups::AdoptersFor(AccountCells& a, uint16_t name_id) {
  auto it = std::lower_bound(a.adopters.begin(), a.adopters.end(), name_id,
                             [](const auto& p, uint16_t n) { return p.first < n; });
  if (it == a.adopters.end() || it->first != name_id)
    it = a.adopters.insert(it, {name_id, Roaring()});
  return it->second;
}

void UsageRollups::Add(long long account, int day, uint32_t person, uint16_t name_id,
                       uint32_t count) {
  AccountCells& a = accounts_[account];
  DayCell& cell = CellFor(a, day);
  if (cell.in_snapshot || !a.snapshot_adopters.empty()) CopyBeforeWrite(account, a, cell, name_id);
  cell.Add(person, name_id, count);
  if (AdoptersFor(a, name_id).addChecked(person)) a.dirty_adopters.push_back(name_id);
  a.dirty = true;
}

std::vector<long long> UsageRollups::Accounts() const {
  std::vector<long long> out;
  out.reserve(accounts_.size());
  for (const auto& [id, cells] : accounts_) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

std::pair<const DayCell*, const DayCell*> UsageRollups::Range(const AccountCells& a, int from,
                                                              int to) const {
  auto lo = std::lower_bound(a.days.begin(), a.days.end(), from,
                             [](const DayCell& c, int d) { return c.day < d; });
  auto hi = std::upper_bound(a.days.begin(), a.days.end(), to,
                             [](int d, const DayCell& c) { return d < c.day; });
  const DayCell* base = a.days.data();
  return {base + (lo - a.days.begin()), base + (hi - a.days.begin())};
}

Roaring UsageRollups::Union(const DayCell* b, const DayCell* e) {
  std::vector<Roaring> scratch(e - b);
  std::vector<const Roaring*> parts;
  parts.reserve(e - b);
  for (const DayCell* c = b; c != e; ++c) parts.push_back(&c->People(scratch[c - b]));
  if (parts.empty()) return {};
  if (parts.size() == 1) return *parts[0];
  return Roaring::fastunion(parts.size(), parts.data());
}

Roaring UsageRollups::ActivePeople(long long account, int from, int to) const {
  auto it = accounts_.find(account);
  if (it == accounts_.end()) return {};
  auto [b, e] = Range(it->second, from, to);
  return Union(b, e);
}

uint64_t UsageRollups::DistinctActive(long long account, int from, int to) const {
  return ActivePeople(account, from, to).cardinality();
}

ActiveSeries UsageRollups::Series(long long account, int from, int to, bool with_window) const {
  ActiveSeries s;
  size_t n = to >= from ? static_cast<size_t>(to - from + 1) : 0;
  s.dau.assign(n, 0);
  s.events.assign(n, 0);
  s.wau.assign(n, 0);
  s.mau.assign(n, 0);
  auto it = accounts_.find(account);
  if (it == accounts_.end() || n == 0) return s;
  const AccountCells& a = it->second;
  auto [b, e] = Range(a, from, to);
  for (const DayCell* c = b; c != e; ++c) {
    s.dau[c->day - from] = c->active;
    s.events[c->day - from] = c->events;
  }
  auto window = [&](int end, int days) {
    auto [wb, we] = Range(a, end - days + 1, end);
    if (we - wb == 1) return wb->active;
    return static_cast<uint32_t>(Union(wb, we).cardinality());
  };
  for (size_t i = with_window ? 0 : n - 1; i < n; ++i) {
    s.wau[i] = window(from + static_cast<int>(i), 7);
    s.mau[i] = window(from + static_cast<int>(i), 30);
  }
  return s;
}

int UsageRollups::ActiveDays(long long account, uint32_t person, int from, int to) const {
  auto it = accounts_.find(account);
  if (it == accounts_.end()) return 0;
  auto [b, e] = Range(it->second, from, to);
  int days = 0;
  for (const DayCell* c = b; c != e; ++c) days += c->HasPerson(person);
  return days;
}

std::unordered_map<uint16_t, uint64_t> UsageRollups::Counts(long long account, int from,
                                                            int to) const {
  std::unordered_map<uint16_t, uint64_t> out;
  auto it = accounts_.find(account);
  if (it == accounts_.end()) return out;
  auto [b, e] = Range(it->second, from, to);
  for (const DayCell* c = b; c != e; ++c)
    c->ForEachCount([&](uint16_t name, uint32_t count) { out[name] += count; });
  return out;
}

const Roaring* UsageRollups::Adopters(long long account, uint16_t name_id) const {
  auto it = accounts_.find(account);
  if (it == accounts_.end()) return nullptr;
  const auto& list = it->second.adopters;
  auto a = std::lower_bound(list.begin(), list.end(), name_id,
                            [](const auto& p, uint16_t n) { return p.first < n; });
  return a == list.end() || a->first != name_id ? nullptr : &a->second;
}

namespace {

std::string SerializeRoaring(const Roaring& r) {
  std::string bytes(r.getSizeInBytes(true), '\0');
  r.write(bytes.data(), true);
  return bytes;
}

}  // namespace

void UsageRollups::CopyBeforeWrite(long long account, AccountCells& a, DayCell& cell,
                                   uint16_t name_id) {
  if (cell.in_snapshot) {
    early_cells_.push_back({account, cell.day, cell.active, cell.Serialize()});
    cell.in_snapshot = false;
  }
  auto it = std::lower_bound(a.snapshot_adopters.begin(), a.snapshot_adopters.end(), name_id);
  if (it != a.snapshot_adopters.end() && *it == name_id) {
    early_adopters_.push_back({account, name_id, SerializeRoaring(AdoptersFor(a, name_id))});
    a.snapshot_adopters.erase(it);
  }
}

UsageRollups::Dirty UsageRollups::BeginSnapshot() {
  Dirty d;
  early_cells_.clear();
  early_adopters_.clear();
  for (auto& [id, a] : accounts_) {
    if (!a.dirty) continue;
    for (DayCell& c : a.days)
      if (c.dirty) d.cells.emplace_back(id, c.day), c.dirty = false, c.in_snapshot = true;
    std::sort(a.dirty_adopters.begin(), a.dirty_adopters.end());
    a.dirty_adopters.erase(std::unique(a.dirty_adopters.begin(), a.dirty_adopters.end()),
                           a.dirty_adopters.end());
    for (uint16_t name : a.dirty_adopters) d.adopters.emplace_back(id, name);
    a.snapshot_adopters = std::move(a.dirty_adopters);
    a.dirty_adopters.clear();
    a.dirty = false;
  }
  return d;
}

void UsageRollups::SnapshotCell(long long account, int day, std::vector<CellBytes>& out) const {
  const DayCell* cell = Cell(account, day);
  if (!cell || !cell->in_snapshot) return;  // Add took it
  out.push_back({account, day, cell->active, cell->Serialize()});
  cell->in_snapshot = false;
}

void UsageRollups::SnapshotAdopters(long long account, uint16_t name,
                                    std::vector<AdopterBytes>& out) const {
  auto a = accounts_.find(account);
  if (a == accounts_.end()) return;
  auto& marked = a->second.snapshot_adopters;
  auto it = std::lower_bound(marked.begin(), marked.end(), name);
  if (it == marked.end() || *it != name) return;  // Add took them
  marked.erase(it);
  if (const Roaring* r = Adopters(account, name))
    out.push_back({account, name, SerializeRoaring(*r)});
}

void UsageRollups::TakeEarly(std::vector<CellBytes>& cells,
                             std::vector<AdopterBytes>& adopters) const {
  for (auto& c : early_cells_) cells.push_back(std::move(c));
  for (auto& a : early_adopters_) adopters.push_back(std::move(a));
  early_cells_.clear();
  early_adopters_.clear();
}

const DayCell* UsageRollups::Cell(long long account, int day) const {
  auto it = accounts_.find(account);
  if (it == accounts_.end()) return nullptr;
  auto [b, e] = Range(it->second, day, day);
  return b == e ? nullptr : b;
}

void UsageRollups::RestoreCell(long long account, DayCell cell) {
  CellFor(accounts_[account], cell.day) = std::move(cell);
}

size_t UsageRollups::PackIdle(std::span<const long long> accounts) {
  size_t packed = 0;
  for (long long id : accounts) {
    auto it = accounts_.find(id);
    if (it == accounts_.end()) continue;
    for (DayCell& c : it->second.days) {
      if (!c.packed() && !c.touched) c.Pack(), ++packed;
      c.touched = false;
    }
  }
  return packed;
}

UsageRollups::Memory UsageRollups::MemoryUse() const {
  Memory m;
  for (const auto& [id, a] : accounts_) {
    m.cells += a.days.size();
    m.cell_bytes += (a.days.capacity() - a.days.size()) * sizeof(DayCell);
    for (const DayCell& c : a.days) {
      m.open_cells += !c.packed();
      m.cell_bytes += c.memory_bytes();
    }
    for (const auto& [name, r] : a.adopters)
      m.adopter_bytes += sizeof(r) + 32 + r.getSizeInBytes(false);
  }
  return m;
}

void UsageRollups::RestoreAdopters(long long account, uint16_t name_id, Roaring people) {
  AdoptersFor(accounts_[account], name_id) = std::move(people);
}

}  // namespace banso::events
