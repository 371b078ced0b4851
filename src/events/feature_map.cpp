#include "events/feature_map.h"

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/text.h"
#include "store/statement.h"

namespace banso::events {
namespace {

nlohmann::json AsObject(const std::map<std::string, std::string>& mapping) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [name, feature] : mapping) j[name] = feature;
  return j;
}

}  // namespace

std::map<std::string, std::string> FeatureMap::All() {
  std::lock_guard lock(mu_);
  if (!cached_) {
    std::map<std::string, std::string> mapping;
    store::Session sql(db_.pool());
    std::string name, feature;
    soci::statement st = (sql.prepare << "SELECT event_name, feature FROM event_features",
                          soci::into(name), soci::into(feature));
    if (st.execute(true)) do {
        mapping[name] = feature;
      } while (st.fetch());
    cached_ = std::move(mapping);
  }
  return *cached_;
}

std::vector<FeatureMapping> FeatureMap::Set(const auth::Actor& actor,
                                            const std::vector<FeatureMapping>& items) {
  std::map<std::string, std::string> fresh;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& [name, feature] = items[i];
    std::string at = "items[" + std::to_string(i) + "]";
    if (!IsValidUtf8(name) || TrimAscii(name).empty() || CodePointCount(name) > 200)
      throw Invalid(at + ".event_name", "must be 1 to 200 characters");
    if (!IsValidUtf8(feature) || TrimAscii(feature).empty() || CodePointCount(feature) > 100)
      throw Invalid(at + ".feature", "must be 1 to 100 characters");
    if (!fresh.emplace(name, std::string(TrimAscii(feature))).second)
      throw Invalid(at + ".event_name", "is mapped twice");
  }
  auto before = All();
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "DELETE FROM event_features";
    for (const auto& [name, feature] : fresh)
      tx.sql() << "INSERT INTO event_features (event_name, feature) VALUES (:n, :f)",
          soci::use(name), soci::use(feature);
    auth::AuditLog::Record(tx, actor, "update", "event_features", 0, AsObject(before),
                           AsObject(fresh));
  });
  std::lock_guard lock(mu_);
  cached_ = fresh;
  std::vector<FeatureMapping> out;
  for (auto& [name, feature] : fresh) out.push_back({name, feature});
  return out;
}

}  // namespace banso::events
