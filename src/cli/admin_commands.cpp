// banso migrate
#include <iostream>

#include "app/app.h"
#include "cli/commands.h"
#include "store/migration.h"

namespace banso::cli {

app::App OpenApp(const GlobalOptions& global) {
  app::AppOptions o;
  o.db_url = global.db;
  o.pool_size = 2;
  return app::App(o);
}

void AddAdminCommands(CLI::App& app, GlobalOptions& global) {
  CLI::App* migrate = app.add_subcommand("migrate", "Apply database migrations and exit");
  migrate->callback([&global] {
    global.run = [&global] {
      auto db = store::Database::Open(global.db, 1);
      int n = store::ApplyMigrations(*db, app::AllMigrations());
      std::cout << "applied " << n << " migration(s)\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
