#pragma once
// The event catalogue: every (type, name) seen, with its id (used in the rollup cells), total
// count, first and last seen, and daily volume.
//
// Not thread-safe: the EventService guards it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "events/event_record.h"
#include "events/string_map.h"

namespace banso::events {

struct CatalogEntry {
  uint16_t id = 0;
  EventType type = EventType::kTrack;
  std::string name;
  uint64_t count = 0;
  int64_t first_seen = 0, last_seen = 0;        // event timestamps, ms
  std::vector<std::pair<int, uint32_t>> daily;  // (day, count), by day
  bool dirty = false;

  std::string SerializeDaily() const;
  void DeserializeDaily(std::string_view data);
};

class EventCatalog {
 public:
  static constexpr size_t kMaxNames = 65535;

  // The id of (type, name), creating the entry; nullopt when the catalogue is full.
  std::optional<uint16_t> IdFor(EventType type, std::string_view name);
  void Count(uint16_t id, int64_t timestamp_ms);

  const CatalogEntry* Get(uint16_t id) const;
  const std::vector<CatalogEntry>& entries() const { return entries_; }
  std::vector<CatalogEntry*> TakeDirty();
  void Restore(CatalogEntry entry);

 private:
  std::vector<CatalogEntry> entries_;  // index = id - 1
  StringMap<uint16_t> ids_[7];         // by EventType, then name
};

}  // namespace banso::events
