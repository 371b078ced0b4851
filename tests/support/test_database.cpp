#include "support/test_database.h"

#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "store/database.h"

namespace banso::testing {

std::vector<std::string> Backends() { return {"sqlite", "postgresql"}; }

TestDatabase::TestDatabase(const std::string& backend) : backend_(backend) {
  static std::atomic<int> counter{0};
  std::string unique = std::to_string(getpid()) + "_" + std::to_string(counter++);
  if (backend == "sqlite") {
    path_ = (std::filesystem::temp_directory_path() / ("banso_test_" + unique + ".db")).string();
    url_ = "sqlite:" + path_;
    return;
  }
  const char* pg = std::getenv("BANSO_TEST_PG");
  if (!pg) {
    reason_ = "BANSO_TEST_PG is not set (make test starts a PostgreSQL cluster and sets it)";
    return;
  }
  admin_url_ = pg;
  name_ = "banso_test_" + unique;
  auto admin = store::Database::Open(admin_url_, 1);
  store::Session sql(admin->pool());
  sql << "CREATE DATABASE " + name_;
  // The cluster URL ends in /postgres; point at the new database instead.
  url_ = admin_url_.substr(0, admin_url_.rfind('/') + 1) + name_;
}

TestDatabase::~TestDatabase() {
  if (!path_.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
    std::filesystem::remove_all(path_ + "-events");  // the event log's segments
  } else if (!name_.empty()) {
    try {
      auto admin = store::Database::Open(admin_url_, 1);
      store::Session sql(admin->pool());
      sql << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
    } catch (...) {}
  }
}

}  // namespace banso::testing
