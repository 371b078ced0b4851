#pragma once
// A record's columns, declared once: the SELECT list, the read of each row into the model and
// the values an INSERT or UPDATE writes all come from one table, so a column cannot be added
// to one of them and forgotten in another.
//
//   const store::ColumnTable<Contact> kContactColumns("contacts", {
//       store::Field<&Contact::account_id>("account_id"),
//       store::Field<&Contact::name>("name"),
//       store::Derived<Contact>("name_key", [](const Contact& c) { return CollationKey(c.name); }),
//   });
//
// Every table also has id, version, created_at and updated_at, which the model carries and
// store::InsertRecord / UpdateRecord maintain. A field's C++ type says how it is stored
// (ColumnValue below): ids and timestamps as integers, dates as YYYY-MM-DD text, enums by
// their wire names, JSON as its text, std::optional as NULL.
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "store/batches.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::store {

// One selected value, bound by SOCI as its column's storage class.
struct Cell {
  long long integer = 0;
  std::string text;
  soci::indicator indicator = soci::i_ok;
  bool null() const { return indicator == soci::i_null; }
};

enum class Storage { kInteger, kText };

template <class T, class = void>
struct ColumnValue;  // Read(Cell&) -> T, Write(const T&) -> Columns::Value, kStorage

template <>
struct ColumnValue<long long> {
  static constexpr Storage kStorage = Storage::kInteger;
  static long long Read(Cell& c) { return c.integer; }
  static Columns::Value Write(long long v) { return v; }
};
template <>
struct ColumnValue<int> {
  static constexpr Storage kStorage = Storage::kInteger;
  static int Read(Cell& c) { return static_cast<int>(c.integer); }
  static Columns::Value Write(int v) { return static_cast<long long>(v); }
};
template <>
struct ColumnValue<bool> {
  static constexpr Storage kStorage = Storage::kInteger;
  static bool Read(Cell& c) { return c.integer != 0; }
  static Columns::Value Write(bool v) { return v ? 1LL : 0LL; }
};
template <>
struct ColumnValue<std::string> {
  static constexpr Storage kStorage = Storage::kText;
  static std::string Read(Cell& c) { return std::move(c.text); }
  static Columns::Value Write(const std::string& v) { return v; }
};
template <class Tag>
struct ColumnValue<Id<Tag>> {
  static constexpr Storage kStorage = Storage::kInteger;
  static Id<Tag> Read(Cell& c) { return Id<Tag>(c.integer); }
  static Columns::Value Write(Id<Tag> v) { return v.value; }
};
template <>
struct ColumnValue<Timestamp> {
  static constexpr Storage kStorage = Storage::kInteger;
  static Timestamp Read(Cell& c) { return {c.integer}; }
  static Columns::Value Write(Timestamp v) { return v.ms; }
};
template <>
struct ColumnValue<Date> {
  static constexpr Storage kStorage = Storage::kText;
  static Date Read(Cell& c) { return Date::Parse(c.text).value_or(Date()); }
  static Columns::Value Write(Date v) { return v.ToString(); }
};
template <>
struct ColumnValue<nlohmann::json> {
  static constexpr Storage kStorage = Storage::kText;
  // Text that is not JSON (written by hand into the database) reads as null.
  static nlohmann::json Read(Cell& c) {
    auto json = nlohmann::json::parse(c.text, nullptr, false);
    return json.is_discarded() ? nlohmann::json() : json;
  }
  static Columns::Value Write(const nlohmann::json& v) { return v.dump(); }
};
template <class E>
struct ColumnValue<E, std::enable_if_t<std::is_enum_v<E>>> {
  static constexpr Storage kStorage = Storage::kText;
  // An unknown name (a value a newer version wrote) reads as the enum's first value.
  static E Read(Cell& c) { return EnumFromString<E>(c.text).value_or(kEnumNames<E>[0].value); }
  static Columns::Value Write(E v) { return std::string(EnumToString(v)); }
};
template <class T>
struct ColumnValue<std::optional<T>> {
  static constexpr Storage kStorage = ColumnValue<T>::kStorage;
  static std::optional<T> Read(Cell& c) {
    if (c.null()) return std::nullopt;
    return ColumnValue<T>::Read(c);
  }
  static Columns::Value Write(const std::optional<T>& v) {
    if (!v) return std::monostate{};
    return ColumnValue<T>::Write(*v);
  }
};

template <class Model>
struct Column {
  std::string_view name;
  Storage storage;
  void (*read)(Cell&, Model&);            // nullptr: written only (a derived sort or search key)
  Columns::Value (*write)(const Model&);  // nullptr: read only (maintained by the store)
};

namespace detail {
template <class M>
struct MemberOf;
template <class T, class C>
struct MemberOf<T C::*> {
  using Type = T;
  using Class = C;
};
}  // namespace detail

// A model field stored in a column of the same meaning.
template <auto Member>
constexpr auto Field(std::string_view name) {
  using Model = typename detail::MemberOf<decltype(Member)>::Class;
  using Type = typename detail::MemberOf<decltype(Member)>::Type;
  return Column<Model>{name, ColumnValue<Type>::kStorage,
                       [](Cell& c, Model& m) { m.*Member = ColumnValue<Type>::Read(c); },
                       [](const Model& m) { return ColumnValue<Type>::Write(m.*Member); }};
}

// A field the database fills (a default, or a value another statement keeps): read, never written.
template <auto Member>
constexpr auto ReadOnlyField(std::string_view name) {
  auto column = Field<Member>(name);
  column.write = nullptr;
  return column;
}

// A field kept as JSON text, through its type's own conversions:
//   JsonField<&SuccessPlan::objectives, ObjectivesJson, ObjectivesFromJson>("objectives")
template <auto Member, auto ToJson, auto FromJson>
constexpr auto JsonField(std::string_view name) {
  using Model = typename detail::MemberOf<decltype(Member)>::Class;
  return Column<Model>{
      name, Storage::kText,
      [](Cell& c, Model& m) { m.*Member = FromJson(ColumnValue<nlohmann::json>::Read(c)); },
      [](const Model& m) { return Columns::Value(ToJson(m.*Member).dump()); }};
}

// A column computed from the model on every write (sort and search keys); never read back.
// compute is a lambda without captures.
template <class Model, class Compute>
constexpr Column<Model> Derived(std::string_view name, Compute) {
  static_assert(std::is_empty_v<Compute>, "a derived column's lambda captures nothing");
  return Column<Model>{name, Storage::kText, nullptr,
                       [](const Model& m) { return Columns::Value(Compute{}(m)); }};
}

template <class Model>
class ColumnTable {
 public:
  ColumnTable(std::string_view table, std::initializer_list<Column<Model>> columns)
      : table_(table) {
    columns_ = {ReadOnlyField<&Model::id>("id"), ReadOnlyField<&Model::version>("version"),
                ReadOnlyField<&Model::created_at>("created_at"),
                ReadOnlyField<&Model::updated_at>("updated_at")};
    columns_.insert(columns_.end(), columns);
    for (const auto& c : columns_) {
      if (!c.read) continue;
      select_list_ += (select_list_.empty() ? "" : ", ") + std::string(c.name);
    }
  }

  const std::string& table() const { return table_; }
  // "id, version, created_at, updated_at, ...": every column that is read back.
  const std::string& select_list() const { return select_list_; }
  // The same, each column prefixed "alias." (for joins).
  std::string SelectList(std::string_view alias) const {
    std::string out;
    for (const auto& c : columns_)
      if (c.read) out += (out.empty() ? "" : ", ") + std::string(alias) + "." + std::string(c.name);
    return out;
  }

  // The values of an INSERT or UPDATE: every written column.
  Columns Write(const Model& m) const {
    Columns out;
    for (const auto& c : columns_)
      if (c.write) out.SetValue(c.name, c.write(m));
    return out;
  }

  // Runs q, a SELECT of select_list() (then, optionally, the columns extra binds), and reads
  // every row. extra(st) adds intos after the table's; on_row(m) completes each model from them.
  template <class Extra = std::nullptr_t, class OnRow = std::nullptr_t>
  std::vector<Model> Fetch(soci::session& sql, Query& q, Extra&& extra = nullptr,
                           OnRow&& on_row = nullptr) const {
    soci::statement st = q.Prepare(sql);
    std::vector<Cell> cells(columns_.size());
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (!columns_[i].read) continue;
      Cell& cell = cells[i];
      if (columns_[i].storage == Storage::kInteger)
        st.exchange(soci::into(cell.integer, cell.indicator));
      else
        st.exchange(soci::into(cell.text, cell.indicator));
    }
    if constexpr (!std::is_null_pointer_v<std::decay_t<Extra>>) extra(st);
    std::vector<Model> out;
    ForEachRow(st, [&] {
      Model& m = out.emplace_back();
      for (size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].read) columns_[i].read(cells[i], m);
      if constexpr (!std::is_null_pointer_v<std::decay_t<OnRow>>) on_row(m);
    });
    return out;
  }

  // The row with this id, if any.
  std::optional<Model> Find(soci::session& sql, long long id) const {
    return FindBy(sql, "id", id);
  }

  // The record whose unique column (a key, the account of a one-per-account record) has the
  // value.
  template <class T>
  std::optional<Model> FindBy(soci::session& sql, std::string_view column, const T& value) const {
    Query q("SELECT " + select_list_ + " FROM " + table_ + " WHERE " + std::string(column) + " = ");
    q.Bind(value);
    auto rows = Fetch(sql, q);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }

  // Those of the ids that exist, a query per batch of ids.
  template <class Tag>
  std::vector<Model> FindMany(soci::session& sql, const std::vector<Id<Tag>>& ids) const {
    std::vector<Model> out;
    ForEachBatch(ids, [&](std::span<const Id<Tag>> batch) {
      Query q("SELECT " + select_list_ + " FROM " + table_ + " WHERE id IN ");
      AppendInList(q, batch, [](Id<Tag> id) { return id.value; });
      for (Model& m : Fetch(sql, q)) out.push_back(std::move(m));
    });
    return out;
  }

 private:
  std::string table_;
  std::vector<Column<Model>> columns_;
  std::string select_list_;
};

// Imports: writes each record over the row with its id or its external id, or as a new row, and
// sets its id. An import is authoritative: no version check. Model has `id` and `external_id`.
template <class Model>
UpsertCounts UpsertByExternalId(Tx& tx, const ColumnTable<Model>& columns,
                                std::vector<Model>& records) {
  using IdType = decltype(Model::id);
  UpsertCounts rows;
  auto ids = LoadExternalIds(tx, columns.table());
  DeferredIndexes deferred(tx, columns.table(), records.size());
  BulkWriter writer(tx, columns.table(), Timestamp::Now().ms);
  for (Model& m : records) {
    if (!m.id.valid() && m.external_id)
      if (auto it = ids.find(*m.external_id); it != ids.end()) m.id = IdType(it->second);
    if (m.id.valid()) {
      writer.Overwrite(m.id.value, columns.Write(m));
      ++rows.updated;
    } else {
      m.id = IdType(writer.Insert(columns.Write(m)));
      if (m.external_id) ids.emplace(*m.external_id, m.id.value);
      ++rows.inserted;
    }
  }
  writer.Flush();
  deferred.Rebuild();
  return rows;
}

}  // namespace banso::store
