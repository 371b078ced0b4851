#include "cli/commands.h"

namespace banso::cli {

void AddCommands(CLI::App& app, GlobalOptions& global, const ConfigFile& config) {
  AddServeCommand(app, global, config);
  AddAdminCommands(app, global);
  AddStaffCommands(app, global);
  AddBackupCommands(app, global);
  AddDemoCommand(app, global);
  AddImportCommand(app, global);
  AddSourceCommands(app, global);
  AddLtvCommands(app, global);
  AddHealthCommands(app, global);
}

int RunSelected(CLI::App& app, GlobalOptions& global) { return global.run ? global.run() : 2; }

}  // namespace banso::cli
