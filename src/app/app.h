#pragma once
// The composition root: opens the database, applies every module's migrations and wires the
// module services together. The CLI, the HTTP server and the tests all start from an App.
#include <memory>
#include <string>

#include "auth/auth_service.h"
#include "customers/account_store.h"
#include "store/database.h"
#include "store/migration.h"

namespace banso::app {

struct AppOptions {
  std::string db_url = "sqlite:./banso-data/banso.db";
  size_t pool_size = 16;
  auth::SignInLimits sign_in_limits;
};

class App {
 public:
  explicit App(const AppOptions& options);
  ~App();

  store::Database& db() { return *db_; }
  auth::AuthService& auth() { return auth_; }
  customers::AccountStore& accounts() { return accounts_; }

 private:
  std::unique_ptr<store::Database> db_;
  auth::AuthService auth_;
  customers::AccountStore accounts_;
};

// Every module's migrations, in dependency order.
std::vector<std::vector<store::Migration>> AllMigrations();

}  // namespace banso::app
