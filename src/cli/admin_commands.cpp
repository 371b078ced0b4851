// banso migrate | user create | token create
#include <iostream>

#include "app/app.h"
#include "auth/secrets.h"
#include "cli/commands.h"
#include "core/error.h"
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

  static auth::NewUser user;
  static std::string role = "csm";
  CLI::App* user_cmd = app.add_subcommand("user", "Manage staff users")->require_subcommand(1);
  CLI::App* user_create = user_cmd->add_subcommand("create", "Create a staff user");
  user_create->add_option("--email", user.email)->required();
  user_create->add_option("--name", user.name)->required();
  user_create->add_option("--role", role, "admin, manager, csm, marketer or viewer");
  user_create->add_option("--language", user.language, "ja or en");
  user_create->add_option("--password", user.password, "at least 10 characters")->required();
  user_create->callback([&global] {
    global.run = [&global] {
      auto r = auth::ParseRole(role);
      if (!r) throw Invalid("role", "must be admin, manager, csm, marketer or viewer");
      user.role = *r;
      app::App a = OpenApp(global);
      auto created = a.auth().CreateUser(auth::Actor::System("cli"), user);
      std::cout << "created user " << created.id.value << " <" << created.email << ">\n";
      return 0;
    };
  });

  static std::string token_email, token_name;
  CLI::App* token = app.add_subcommand("token", "Manage API tokens")->require_subcommand(1);
  CLI::App* token_create = token->add_subcommand("create", "Create an API token; prints it on its own line");
  token_create->add_option("--email", token_email, "the user the token acts as")->required();
  token_create->add_option("--name", token_name, "what the token is for")->required();
  token_create->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auto user = a.auth().FindUserByEmail(token_email);
      if (!user) throw NotFound("no user with email " + token_email);
      auto [secret, rec] = a.auth().CreateApiToken(auth::Actor::System("cli"), user->id, token_name);
      std::cout << secret << "\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
