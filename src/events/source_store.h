#pragma once
// Sources: each instrumented product or service that sends events, with its write key. Keys
// are shown once at creation and stored hashed; a revoked key is refused with 401 at once in
// this process and within a few seconds in the others (PostgreSQL mode).
//
// Thread safety: shareable; the key cache is guarded.
#include <nlohmann/json.hpp>

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/ids.h"
#include "store/database.h"

namespace banso::events {

struct Source {
  SourceId id;
  long long version = 0;
  std::string name;
  std::string key_prefix;  // the key's first characters, to recognise it
  std::string key_hash;    // auth::TokenHash of the write key; never shown
  long long rate_limit_per_second = 0;
  Timestamp created_at;
  Timestamp updated_at;
  std::optional<Timestamp> revoked_at;
};

nlohmann::json ToJson(const Source& s);

inline constexpr long long kDefaultRateLimitPerSecond = 50000;

class SourceStore {
 public:
  explicit SourceStore(store::Database& db) : db_(db) {}

  // Returns the new source and its write key (the only time the key is available).
  std::pair<Source, std::string> Create(
      const auth::Actor& actor, const std::string& name,
      long long rate_limit_per_second = kDefaultRateLimitPerSecond);
  Source Revoke(const auth::Actor& actor, SourceId id);
  std::vector<Source> List();

  // The active source a write key belongs to, or nullopt (unknown or revoked).
  std::optional<Source> Authenticate(const std::string& write_key);

 private:
  void RefreshCache(bool force);

  store::Database& db_;
  std::mutex mu_;
  std::unordered_map<std::string, Source> by_hash_;  // active sources by key hash
  std::chrono::steady_clock::time_point loaded_at_{};
};

}  // namespace banso::events
