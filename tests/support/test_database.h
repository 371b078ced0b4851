#pragma once
// Fresh databases for tests: a temporary SQLite file, or a new database in the PostgreSQL
// cluster named by BANSO_TEST_PG (make test starts one). Without BANSO_TEST_PG the PostgreSQL
// cases skip, unless BANSO_REQUIRE_PG is set (as make test does), when they fail.
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace banso::testing {

// "sqlite" and "postgresql": the backends every storage and API suite runs on.
std::vector<std::string> Backends();

class TestDatabase {
 public:
  // Creates an empty database on the backend; check available() (PostgreSQL may be absent).
  explicit TestDatabase(const std::string& backend);
  ~TestDatabase();
  bool available() const { return !url_.empty(); }
  const std::string& url() const { return url_; }
  // Why it is unavailable (for GTEST_SKIP).
  const std::string& reason() const { return reason_; }

 private:
  std::string backend_, url_, reason_, path_, admin_url_, name_;
};

// GTEST_SKIP()s or FAILs the current test, per BANSO_REQUIRE_PG, when db is unavailable.
#define BANSO_REQUIRE_DATABASE(db)                                  \
  do {                                                              \
    if (!(db).available()) {                                        \
      if (std::getenv("BANSO_REQUIRE_PG")) FAIL() << (db).reason(); \
      GTEST_SKIP() << (db).reason();                                \
    }                                                               \
  } while (0)

}  // namespace banso::testing
