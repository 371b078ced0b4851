#include "events/source_store.h"

#include "auth/audit_log.h"
#include "auth/secrets.h"
#include "core/error.h"
#include "core/text.h"
#include "store/statement.h"

namespace banso::events {
namespace {

// Other processes may create or revoke keys (PostgreSQL mode): reload at most this often.
constexpr auto kCacheTtl = std::chrono::seconds(3);

std::vector<std::pair<Source, std::string>> LoadSources(soci::session& sql) {
  std::vector<std::pair<Source, std::string>> out;
  Source s;
  std::string hash;
  long long created = 0, revoked = 0;
  soci::indicator revoked_ind;
  soci::statement st = (sql.prepare << "SELECT id, name, key_prefix, key_hash, rate_limit_per_second, "
                                       "created_at, revoked_at FROM event_sources ORDER BY id",
                        soci::into(s.id.value), soci::into(s.name), soci::into(s.key_prefix), soci::into(hash),
                        soci::into(s.rate_limit_per_second), soci::into(created), soci::into(revoked, revoked_ind));
  if (st.execute(true)) {
    do {
      s.created_at = {created};
      s.revoked_at = revoked_ind == soci::i_null ? std::nullopt : std::optional<Timestamp>(Timestamp{revoked});
      out.emplace_back(s, hash);
    } while (st.fetch());
  }
  return out;
}

}  // namespace

nlohmann::json ToJson(const Source& s) {
  return {{"id", s.id.value},
          {"name", s.name},
          {"key_prefix", s.key_prefix},
          {"rate_limit_per_second", s.rate_limit_per_second},
          {"created_at", s.created_at.ToString()},
          {"revoked_at", s.revoked_at ? nlohmann::json(s.revoked_at->ToString()) : nlohmann::json(nullptr)}};
}

std::pair<Source, std::string> SourceStore::Create(const auth::Actor& actor, const std::string& name,
                                                   long long rate_limit_per_second) {
  if (!IsValidUtf8(name) || TrimAscii(name).empty() || CodePointCount(name) > 100)
    throw Invalid("name", "must be 1 to 100 characters");
  if (rate_limit_per_second < 1 || rate_limit_per_second > 10'000'000)
    throw Invalid("rate_limit_per_second", "must be between 1 and 10000000");
  std::string key = "bsk_" + auth::RandomToken(24);
  Source s;
  s.name = std::string(TrimAscii(name));
  s.key_prefix = key.substr(0, 10);
  s.rate_limit_per_second = rate_limit_per_second;
  s.created_at = Timestamp::Now();
  std::string hash = auth::TokenHash(key);
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "INSERT INTO event_sources (name, key_prefix, key_hash, rate_limit_per_second, created_at) "
                "VALUES (:n, :p, :h, :r, :c) RETURNING id",
        soci::use(s.name), soci::use(s.key_prefix), soci::use(hash), soci::use(s.rate_limit_per_second),
        soci::use(s.created_at.ms), soci::into(s.id.value);
    auth::AuditLog::Record(tx, actor, "create", "event_source", s.id.value, nullptr, ToJson(s));
  });
  RefreshCache(true);
  return {s, key};
}

Source SourceStore::Revoke(const auth::Actor& actor, SourceId id) {
  Source result;
  db_.Transact([&](store::Tx& tx) {
    long long now = Timestamp::Now().ms;
    tx.sql() << "UPDATE event_sources SET revoked_at = :n WHERE id = :id AND revoked_at IS NULL",
        soci::use(now), soci::use(id.value);
    bool found = false;
    for (auto& [s, hash] : LoadSources(tx.sql()))
      if (s.id == id) result = s, found = true;
    if (!found) throw NotFound("no such source");
    auth::AuditLog::Record(tx, actor, "revoke", "event_source", id.value, nullptr, ToJson(result));
  });
  RefreshCache(true);
  return result;
}

std::vector<Source> SourceStore::List() {
  store::Session sql(db_.pool());
  std::vector<Source> out;
  for (auto& [s, hash] : LoadSources(sql)) out.push_back(std::move(s));
  return out;
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
    for (auto& [s, hash] : LoadSources(sql))
      if (!s.revoked_at) fresh.emplace(hash, s);
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
