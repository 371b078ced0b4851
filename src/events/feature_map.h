#pragma once
// The feature mapping: which product feature a track event's name stands for ("report.exported"
// -> "Reports"). Usage queries group events by feature; the console edits the mapping.
//
// Thread safety: every method may be called from any thread.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "store/database.h"

namespace banso::events {

struct FeatureMapping {
  std::string event_name;
  std::string feature;
};

class FeatureMap {
 public:
  explicit FeatureMap(store::Database& db) : db_(db) {}

  // Event name -> feature (read once, then cached).
  std::map<std::string, std::string> All();
  // Replaces the whole mapping, audited. Throws Invalid naming items[i].event_name or
  // items[i].feature (1 to 200 / 1 to 100 characters; an event name mapped once).
  std::vector<FeatureMapping> Set(const auth::Actor& actor,
                                  const std::vector<FeatureMapping>& items);

 private:
  store::Database& db_;
  std::mutex mu_;
  std::optional<std::map<std::string, std::string>> cached_;
};

}  // namespace banso::events
