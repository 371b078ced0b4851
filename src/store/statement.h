#pragma once
// Building SQL whose shape depends on the request (filters, sort, paging) with every value
// bound as a parameter: no value is ever spliced into the SQL text.
#include <soci/soci.h>

#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace banso::store {

class Query {
 public:
  explicit Query(std::string_view sql = {}) : sql_(sql) {}

  // Appends SQL text (no values!).
  Query& operator<<(std::string_view fragment) {
    sql_ += fragment;
    return *this;
  }
  // Appends a placeholder bound to the value.
  Query& Bind(long long v);
  Query& Bind(int v) { return Bind(static_cast<long long>(v)); }
  Query& Bind(std::string v);
  Query& Bind(const char* v) { return Bind(std::string(v)); }
  Query& Bind(double v);
  Query& Bind(bool v) { return Bind(v ? 1LL : 0LL); }
  template <class T>
  Query& Bind(const std::optional<T>& v) {
    return v ? Bind(*v) : BindNull();
  }
  Query& BindNull();

  const std::string& sql() const { return sql_; }
  // The SQL and its bound values, as one string (a cache key).
  std::string Key() const;

  // Prepares the statement on sql with all parameters bound; add intos, then execute.
  // The Query must outlive the statement.
  soci::statement Prepare(soci::session& sql);
  // Runs a statement without results (INSERT/UPDATE/DELETE); returns the rows affected.
  long long Execute(soci::session& sql);

 private:
  struct Param {
    enum Kind { kInt, kText, kReal } kind;
    long long i = 0;
    std::string s;
    double d = 0;
    soci::indicator ind = soci::i_ok;
  };
  Query& Add(Param p);

  std::string sql_;
  std::deque<Param> params_;  // deque: SOCI keeps references to the bound values
};

// Runs st (already prepared with its intos) and calls row() for each row.
template <class Fn>
void ForEachRow(soci::statement& st, Fn&& row) {
  st.define_and_bind();
  if (st.execute(true)) {
    do {
      row();
    } while (st.fetch());
  }
}

inline std::optional<std::string> Nullable(const std::string& v, soci::indicator ind) {
  if (ind == soci::i_null) return std::nullopt;
  return v;
}
inline std::optional<long long> Nullable(long long v, soci::indicator ind) {
  if (ind == soci::i_null) return std::nullopt;
  return v;
}

}  // namespace banso::store
