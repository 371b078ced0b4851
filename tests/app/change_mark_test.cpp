// Database::ChangeMark on both backends, and the list totals kept under it: a commit by this
// process or by another (here a second Database on the same URL) moves the mark, so a total is
// never served from before a write.
#include <gtest/gtest.h>

#include "store/batches.h"
#include "store/database.h"
#include "store/statement.h"
#include "support/test_database.h"

namespace banso::store {
namespace {

class ChangeMarkTest : public ::testing::TestWithParam<std::string> {};

std::optional<std::string> Mark(Database& db) {
  Session sql(db.pool());
  return db.ChangeMark(sql);
}

long long Rows(Database& db) {
  Session sql(db.pool());
  Query q("SELECT COUNT(*) FROM marks");
  return db.counts().Get(*db.ChangeMark(sql), q.Key(), [&] { return Count(sql, q); });
}

TEST_P(ChangeMarkTest, MovesOnEveryCommitSoThatNoTotalIsStale) {
  testing::TestDatabase test_db(GetParam());
  BANSO_REQUIRE_DATABASE(test_db);
  auto db = Database::Open(test_db.url(), 2);
  auto other = Database::Open(test_db.url(), 1);  // as another process
  db->Transact([](Tx& tx) { tx.sql() << "CREATE TABLE marks (x INTEGER)"; });

  auto before = Mark(*db);
  ASSERT_TRUE(before);
  EXPECT_EQ(Rows(*db), 0);
  if (GetParam() == "sqlite") {
    // PostgreSQL's mark also moves with other databases' writes in the cluster (other tests run
    // beside this one), so only SQLite's is checked for standing still.
    EXPECT_EQ(Mark(*db), before) << "reads move nothing";
  }
  db->Transact([](Tx& tx) { tx.sql() << "INSERT INTO marks (x) VALUES (1)"; });
  auto after_own = Mark(*db);
  EXPECT_NE(after_own, before);
  EXPECT_EQ(Rows(*db), 1);
  other->Transact([](Tx& tx) { tx.sql() << "INSERT INTO marks (x) VALUES (2)"; });
  EXPECT_NE(Mark(*db), after_own);
  EXPECT_EQ(Rows(*db), 2) << "another process's write";
  // A rolled-back write leaves the count as it was (whether or not the mark moved).
  EXPECT_THROW(other->Transact([](Tx& tx) {
    tx.sql() << "INSERT INTO marks (x) VALUES (3)";
    throw std::runtime_error("abandoned");
  }),
               std::runtime_error);
  EXPECT_EQ(Rows(*db), 2);
}

TEST(ChangeMark, KeysTellValuesApart) {
  Query a("SELECT 1 WHERE "), b("SELECT 1 WHERE ");
  a.Bind(std::string("x|1:iy")) << " AND ";
  a.Bind(std::string("z"));
  b.Bind(std::string("x")) << " AND ";
  b.Bind(std::string("y|1:tz"));
  EXPECT_NE(a.Key(), b.Key());
  Query c("SELECT 1 WHERE "), d("SELECT 1 WHERE ");
  c.Bind(1LL);
  d.Bind(std::string("1"));
  EXPECT_NE(c.Key(), d.Key());
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeMarkTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::store
