#pragma once
// The subcommands: each registers its options and a run function.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "app/app.h"
#include "cli/config_file.h"

namespace banso::cli {

struct GlobalOptions {
  std::string db;
  std::string config_path;
  std::function<int()> run;  // set by the chosen subcommand
};

void AddCommands(CLI::App& app, GlobalOptions& global, const ConfigFile& config);
// The App for a one-shot command (a small connection pool).
app::App OpenApp(const GlobalOptions& global);
int RunSelected(CLI::App& app, GlobalOptions& global);

// One file per command family.
void AddServeCommand(CLI::App& app, GlobalOptions& global, const ConfigFile& config);
void AddAdminCommands(CLI::App& app, GlobalOptions& global);  // migrate
void AddStaffCommands(CLI::App& app, GlobalOptions& global);  // user, token
void AddBackupCommands(CLI::App& app,
                       GlobalOptions& global);  // backup, restore, events rebuild-usage
void AddDemoCommand(CLI::App& app, GlobalOptions& global);
void AddImportCommand(CLI::App& app, GlobalOptions& global);
void AddSourceCommands(CLI::App& app, GlobalOptions& global);  // source create | list | revoke
void AddLtvCommands(CLI::App& app, GlobalOptions& global);     // ltv fit
void AddHealthCommands(CLI::App& app, GlobalOptions& global);  // health backtest | rescore

}  // namespace banso::cli
