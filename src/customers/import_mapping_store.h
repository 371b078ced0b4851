#pragma once
// The column mappings a team chose for CSV imports, one per kind of import and source
// (salesforce, hubspot, banso, other), remembered so that the next file from that source maps
// the same way without asking again.
//
// Thread safety: static functions in a caller's transaction.
#include <map>
#include <string>
#include <string_view>

#include "store/database.h"

namespace banso::customers {

// Header as written in the file → the field it fills, or "" for a column not to import.
using ColumnMapping = std::map<std::string, std::string>;

class ImportMappingStore {
 public:
  // The remembered mapping, empty when none is.
  static ColumnMapping Find(store::Tx& tx, std::string_view kind, std::string_view source);
  // Replaces the remembered mapping (an empty one forgets it).
  static void Save(store::Tx& tx, std::string_view kind, std::string_view source,
                   const ColumnMapping& mapping);
};

}  // namespace banso::customers
