// banso: the one binary. Subcommands: serve, migrate, import, demo, user, token, source, backup,
// restore, events.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/config_file.h"
#include "core/error.h"

int main(int argc, char** argv) {
  using namespace banso;
  spdlog::set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","event":%v})",
                      spdlog::pattern_time_type::utc);
  try {
    cli::ConfigFile config = cli::ConfigFile::FromArgs(argc, argv);
    CLI::App app{"Banso: customer success platform"};
    app.require_subcommand(1);
    // Global options are taken after the subcommand too (`banso migrate --db …`): subcommands,
    // which inherit this, hand the options they do not know to their parent.
    app.fallthrough();
    cli::GlobalOptions global;
    global.db = config.Get("database.url").value_or("sqlite:./banso-data/banso.db");
    app.add_option("--db", global.db, "sqlite:PATH or postgresql://...")->envname("BANSO_DB");
    app.add_option("--config", global.config_path, "TOML configuration file")
        ->envname("BANSO_CONFIG");
    cli::AddCommands(app, global, config);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e);
    }
    return cli::RunSelected(app, global);
  } catch (const Error& e) {
    std::cerr << "banso: " << (e.field().empty() ? "" : e.field() + ": ") << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "banso: " << e.what() << "\n";
    return 1;
  }
}
