#include "events/source_store.h"

#include "auth/audited_record.h"
#include "auth/secrets.h"
#include "core/error.h"
#include "core/text.h"
#include "store/column_table.h"
#include "store/statement.h"

namespace banso::events {
namespace {

// Other processes may create or revoke keys (PostgreSQL mode): reload at most this often.
constexpr auto kCacheTtl = std::chrono::seconds(3);

// How sources are read, checked and written (auth/audited_record.h). The ingest keeps
// events_received and last_event_at, outside the record.
struct SourceRecord {
  using Model = Source;
  using Id = SourceId;
  static constexpr const char* kEntity = "event_source";
  static inline const store::ColumnTable<Source> kColumns{
      "event_sources",
      {
          store::Field<&Source::name>("name"),
          store::Field<&Source::key_prefix>("key_prefix"),
          store::Field<&Source::key_hash>("key_hash"),
          store::Field<&Source::rate_limit_per_second>("rate_limit_per_second"),
          store::Field<&Source::revoked_at>("revoked_at"),
      }};
  static void Check(store::Tx&, Source& s) {
    if (!IsValidUtf8(s.name) || TrimAscii(s.name).empty() || CodePointCount(s.name) > 100)
      throw Invalid("name", "must be 1 to 100 characters");
    s.name = std::string(TrimAscii(s.name));
    if (s.rate_limit_per_second < 1 || s.rate_limit_per_second > 10'000'000)
      throw Invalid("rate_limit_per_second", "must be between 1 and 10000000");
  }
  static nlohmann::json Json(const Source& s) { return ToJson(s); }
};

std::vector<Source> LoadSources(soci::session& sql) {
  store::Query q("SELECT " + SourceRecord::kColumns.select_list() +
                 " FROM event_sources ORDER BY id");
  return SourceRecord::kColumns.Fetch(sql, q);
}

}  // namespace

nlohmann::json ToJson(const Source& s) {
  return {{"id", s.id.value},
          {"name", s.name},
          {"key_prefix", s.key_prefix},
          {"rate_limit_per_second", s.rate_limit_per_second},
          {"created_at", s.created_at.ToString()},
          {"revoked_at",
           s.revoked_at ? nlohmann::json(s.revoked_at->ToString()) : nlohmann::json(nullptr)}};
}

std::pair<Source, std::string> SourceStore::Create(const auth::Actor& actor,
                                                   const std::string& name,
                                                   long long rate_limit_per_second) {
  std::string key = "bsk_" + auth::RandomToken(24);
  Source s;
  s.name = name;
  s.key_prefix = key.substr(0, 10);
  s.key_hash = auth::TokenHash(key);
  s.rate_limit_per_second = rate_limit_per_second;
  Source created = auth::CreateRecord<SourceRecord>(db_, actor, std::move(s));
  RefreshCache(true);
  return {created, key};
}

Source SourceStore::Revoke(const auth::Actor& actor, SourceId id) {
  Source revoked = db_.Transact([&](store::Tx& tx) {
    return auth::UpdateRecordIn<SourceRecord>(tx, actor, id, std::nullopt, [](Source& s) {
      if (!s.revoked_at) s.revoked_at = Timestamp::Now();  // revoking twice changes nothing
    });
  });
  RefreshCache(true);
  return revoked;
}

std::vector<Source> SourceStore::List() {
  store::Session sql(db_.pool());
  return LoadSources(sql);
}

void SourceStore::RefreshCache(bool force) {
  auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mu_);
    if (!force && now - loaded_at_ < kCacheTtl) return;
  }
  std::unordered_map<std::string, Source> fresh;
  {
    store::Session sql(db_.pool());
    for (auto& s : LoadSources(sql))
      if (!s.revoked_at) fresh.emplace(s.key_hash, s);
  }
  std::lock_guard lock(mu_);
  by_hash_.swap(fresh);
  loaded_at_ = now;
}

std::optional<Source> SourceStore::Authenticate(const std::string& write_key) {
  if (write_key.empty()) return std::nullopt;
  RefreshCache(false);
  std::string hash = auth::TokenHash(write_key);
  std::lock_guard lock(mu_);
  auto it = by_hash_.find(hash);
  if (it == by_hash_.end()) return std::nullopt;
  return it->second;
}

}  // namespace banso::events
