#include "store/statement.h"

#include <fmt/format.h>

namespace banso::store {

Query& Query::Add(Param p) {
  params_.push_back(std::move(p));
  sql_ += ":p" + std::to_string(params_.size());
  return *this;
}

Query& Query::Bind(long long v) { return Add({Param::kInt, v, {}, 0, soci::i_ok}); }
Query& Query::Bind(std::string v) { return Add({Param::kText, 0, std::move(v), 0, soci::i_ok}); }
Query& Query::Bind(double v) { return Add({Param::kReal, 0, {}, v, soci::i_ok}); }
Query& Query::BindNull() { return Add({Param::kText, 0, {}, 0, soci::i_null}); }

std::string Query::Key() const {
  // Each value with its kind and length, so that no two lists of values read the same.
  std::string key = sql_;
  for (const auto& p : params_) {
    std::string value = p.ind == soci::i_null    ? "n"
                        : p.kind == Param::kInt  ? "i" + std::to_string(p.i)
                        : p.kind == Param::kReal ? fmt::format("r{}", p.d)
                                                 : "t" + p.s;
    key += fmt::format("|{}:{}", value.size(), value);
  }
  return key;
}

soci::statement Query::Prepare(soci::session& sql) {
  soci::statement st(sql);
  for (auto& p : params_) {
    switch (p.kind) {
      case Param::kInt: st.exchange(soci::use(p.i, p.ind)); break;
      case Param::kText: st.exchange(soci::use(p.s, p.ind)); break;
      case Param::kReal: st.exchange(soci::use(p.d, p.ind)); break;
    }
  }
  st.alloc();
  // A one-time query: PostgreSQL runs it in one round trip (PQexecParams) instead of three
  // (PREPARE, EXECUTE, DEALLOCATE) for a statement that is used once anyway.
  st.prepare(sql_, soci::details::st_one_time_query);
  return st;
}

long long Query::Execute(soci::session& sql) {
  soci::statement st = Prepare(sql);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows();
}

}  // namespace banso::store
