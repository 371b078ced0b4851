#include "customers/import_mapping_store.h"

#include <nlohmann/json.hpp>

#include "core/date.h"

namespace banso::customers {

ColumnMapping ImportMappingStore::Find(store::Tx& tx, std::string_view kind,
                                       std::string_view source) {
  std::string text, k(kind), s(source);
  tx.sql() << "SELECT mapping FROM import_mappings WHERE kind = :k AND source = :s",
      soci::into(text), soci::use(k), soci::use(s);
  ColumnMapping mapping;
  if (!tx.sql().got_data()) return mapping;
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return mapping;  // written by hand into the database: forget it
  for (const auto& [header, field] : json.items())
    if (field.is_string()) mapping[header] = field.get<std::string>();
  return mapping;
}

void ImportMappingStore::Save(store::Tx& tx, std::string_view kind, std::string_view source,
                              const ColumnMapping& mapping) {
  std::string k(kind), s(source), text = nlohmann::json(mapping).dump();
  long long now = Timestamp::Now().ms;
  tx.sql() << "DELETE FROM import_mappings WHERE kind = :k AND source = :s", soci::use(k),
      soci::use(s);
  if (mapping.empty()) return;
  tx.sql() << "INSERT INTO import_mappings (kind, source, mapping, updated_at) VALUES (:k, :s, "
              ":m, :u)",
      soci::use(k), soci::use(s), soci::use(text), soci::use(now);
}

}  // namespace banso::customers
