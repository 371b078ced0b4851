#pragma once
// Reads and writes of one versioned record, each write with its audit entry in the same
// transaction: the skeleton every module's store shares. A Traits type describes the record:
//
//   struct ContactRecord {
//     using Model = Contact;  using Id = ContactId;
//     static constexpr const char* kEntity = "contact";   // its name in the audit log and errors
//     static inline const store::ColumnTable<Contact> kColumns{"contacts", {...}};  // table,
//     columns static void Check(store::Tx&, Contact&);  // validate, resolve references; throws
//     Invalid... static nlohmann::json Json(const Contact&);
//     // Optional, for a record with child rows: static std::optional<Contact> Find(store::Tx&,
//     ContactId);
//   };
#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/audit_log.h"
#include "core/error.h"
#include "store/column_table.h"
#include "store/record.h"

namespace banso::auth {

template <class Traits>
std::string NoSuchRecord(typename Traits::Id id) {
  return std::string("no ") + Traits::kEntity + " with id " + std::to_string(id.value);
}

// The record with this id, if any: Traits::Find when the record has one, else its columns.
template <class Traits>
std::optional<typename Traits::Model> FindRecord(store::Tx& tx, typename Traits::Id id) {
  if constexpr (requires { Traits::Find(tx, id); })
    return Traits::Find(tx, id);
  else
    return Traits::kColumns.Find(tx.sql(), id.value);
}

template <class Traits>
typename Traits::Model GetRecord(store::Database& db, typename Traits::Id id) {
  store::Session sql(db.pool());
  store::Tx reader(sql, db.backend());  // a plain read: no transaction needed
  auto found = FindRecord<Traits>(reader, id);
  if (!found) throw NotFound(NoSuchRecord<Traits>(id));
  return *found;
}

// In a caller's transaction (another module composing several writes into one).
template <class Traits>
typename Traits::Model CreateRecordIn(store::Tx& tx, const Actor& actor, typename Traits::Model m) {
  Traits::Check(tx, m);
  m.id = typename Traits::Id(store::InsertRecord(tx, Traits::kColumns.table(),
                                                 Traits::kColumns.Write(m), Timestamp::Now().ms));
  auto created = *FindRecord<Traits>(tx, m.id);
  AuditLog::Record(tx, actor, "create", Traits::kEntity, created.id.value, nullptr,
                   Traits::Json(created));
  return created;
}

template <class Traits>
typename Traits::Model CreateRecord(store::Database& db, const Actor& actor,
                                    typename Traits::Model m) {
  return db.Transact(
      [&](store::Tx& tx) { return CreateRecordIn<Traits>(tx, actor, std::move(m)); });
}

// Loads the record, applies change, checks it, and saves it if its version is still
// expected_version (Conflict otherwise; nullopt: whatever the version). In a caller's transaction.
template <class Traits>
typename Traits::Model UpdateRecordIn(store::Tx& tx, const Actor& actor, typename Traits::Id id,
                                      std::optional<long long> expected_version,
                                      const std::function<void(typename Traits::Model&)>& change) {
  auto before = FindRecord<Traits>(tx, id);
  if (!before) throw NotFound(NoSuchRecord<Traits>(id));
  typename Traits::Model m = *before;
  change(m);
  m.id = id;
  Traits::Check(tx, m);
  store::UpdateRecord(tx, Traits::kColumns.table(), id.value,
                      expected_version.value_or(before->version), Traits::kColumns.Write(m),
                      Timestamp::Now().ms);
  auto after = *FindRecord<Traits>(tx, id);
  AuditLog::Record(tx, actor, "update", Traits::kEntity, id.value, Traits::Json(*before),
                   Traits::Json(after));
  return after;
}

template <class Traits>
typename Traits::Model UpdateRecord(store::Database& db, const Actor& actor, typename Traits::Id id,
                                    long long expected_version,
                                    const std::function<void(typename Traits::Model&)>& change) {
  return db.Transact([&](store::Tx& tx) {
    return UpdateRecordIn<Traits>(tx, actor, id, expected_version, change);
  });
}

// Returns the deleted record. In a caller's transaction.
template <class Traits>
typename Traits::Model DeleteRecordIn(store::Tx& tx, const Actor& actor, typename Traits::Id id) {
  auto before = FindRecord<Traits>(tx, id);
  if (!before) throw NotFound(NoSuchRecord<Traits>(id));
  store::DeleteRecord(tx, Traits::kColumns.table(), id.value);
  AuditLog::Record(tx, actor, "delete", Traits::kEntity, id.value, Traits::Json(*before), nullptr);
  return *before;
}

template <class Traits>
void DeleteRecord(store::Database& db, const Actor& actor, typename Traits::Id id) {
  db.Transact([&](store::Tx& tx) { DeleteRecordIn<Traits>(tx, actor, id); });
}

// Editable lists (journey stages and rules, ICP and self-sufficiency criteria) keep their items
// in `position` order; a new item created with position -1 goes after the last of its siblings.
template <class Model>
void PlaceLast(Model& m, const std::vector<Model>& siblings) {
  if (m.position >= 0) return;
  m.position = 0;
  for (const auto& s : siblings) m.position = std::max(m.position, s.position + 10);
}

}  // namespace banso::auth
