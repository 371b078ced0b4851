#include "events/event_catalog.h"

#include <algorithm>
#include <cstring>

#include "core/date.h"

namespace banso::events {

std::string CatalogEntry::SerializeDaily() const {
  std::string out;
  out.reserve(daily.size() * 8);
  for (const auto& [day, count] : daily) {
    int32_t d = day;
    out.append(reinterpret_cast<const char*>(&d), 4);
    out.append(reinterpret_cast<const char*>(&count), 4);
  }
  return out;
}

void CatalogEntry::DeserializeDaily(std::string_view data) {
  daily.clear();
  for (size_t at = 0; at + 8 <= data.size(); at += 8) {
    int32_t d;
    uint32_t count;
    std::memcpy(&d, data.data() + at, 4);
    std::memcpy(&count, data.data() + at + 4, 4);
    daily.emplace_back(d, count);
  }
}

std::optional<uint16_t> EventCatalog::IdFor(EventType type, std::string_view name) {
  auto& ids = ids_[static_cast<int>(type)];
  if (auto it = ids.find(name); it != ids.end()) return it->second;
  if (entries_.size() >= kMaxNames) return std::nullopt;
  CatalogEntry e;
  e.id = static_cast<uint16_t>(entries_.size() + 1);
  e.type = type;
  e.name = std::string(name);
  e.dirty = true;
  entries_.push_back(std::move(e));
  ids.emplace(std::string(name), entries_.back().id);
  return entries_.back().id;
}

void EventCatalog::Count(uint16_t id, int64_t timestamp_ms) {
  CatalogEntry& e = entries_[id - 1];
  if (e.count == 0 || timestamp_ms < e.first_seen) e.first_seen = timestamp_ms;
  if (e.count == 0 || timestamp_ms > e.last_seen) e.last_seen = timestamp_ms;
  ++e.count;
  int day = Timestamp{timestamp_ms}.date().days();
  if (!e.daily.empty() && e.daily.back().first == day) {
    ++e.daily.back().second;
  } else {
    auto it = std::lower_bound(e.daily.begin(), e.daily.end(), day,
                               [](const auto& p, int d) { return p.first < d; });
    if (it != e.daily.end() && it->first == day)
      ++it->second;
    else
      e.daily.insert(it, {day, 1});
  }
  e.dirty = true;
}

const CatalogEntry* EventCatalog::Get(uint16_t id) const {
  return id >= 1 && id <= entries_.size() ? &entries_[id - 1] : nullptr;
}

std::vector<CatalogEntry*> EventCatalog::TakeDirty() {
  std::vector<CatalogEntry*> out;
  for (CatalogEntry& e : entries_)
    if (e.dirty) out.push_back(&e), e.dirty = false;
  return out;
}

void EventCatalog::Restore(CatalogEntry entry) {
  if (entry.id == 0) return;
  if (entries_.size() < entry.id) entries_.resize(entry.id);
  ids_[static_cast<int>(entry.type)][entry.name] = entry.id;
  entries_[entry.id - 1] = std::move(entry);
}

}  // namespace banso::events
