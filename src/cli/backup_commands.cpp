// banso backup | restore | events rebuild-usage: SQLite mode's database and event log as one
// copy (app/backup.h), and the way out when a database and its log do not belong together.
#include <iostream>

#include "app/backup.h"
#include "cli/commands.h"
#include "core/error.h"
#include "events/file_event_log.h"
#include "events/usage_applier.h"
#include "store/backup.h"
#include "store/migration.h"

namespace banso::cli {
namespace {

std::string SqlitePath(const GlobalOptions& global) {
  store::DatabaseUrl url = store::DatabaseUrl::Parse(global.db);
  store::RequireSqliteForBackup(url);
  return url.sqlite_path;
}

std::string LogDir(const std::string& events_dir, const std::string& sqlite_path) {
  return events_dir.empty() ? events::DefaultLogDir(sqlite_path) : events_dir;
}

}  // namespace

void AddBackupCommands(CLI::App& app, GlobalOptions& global) {
  static std::string destination, events_dir;
  CLI::App* backup = app.add_subcommand(
      "backup", "Copy the SQLite database and its event log, online, to FILE and FILE-events");
  backup
      ->add_option("destination", destination,
                   "the backup file to write (its event log goes to FILE-events)")
      ->required();
  backup->add_option("--events-dir", events_dir,
                     "the event log's directory, if serve was given one");
  backup->callback([&global] {
    global.run = [&global] {
      std::string path = SqlitePath(global);
      auto db = store::Database::Open(global.db, 1);
      app::BackupSummary s = app::Backup(*db, LogDir(events_dir, path), destination);
      std::cout << "backed up to " << destination << " and " << events::DefaultLogDir(destination)
                << " (" << s.event_bytes << " bytes of events)\n";
      return 0;
    };
  });

  static std::string source;
  static bool replace = false;
  CLI::App* restore = app.add_subcommand(
      "restore", "Put a backup made by `banso backup` in place of the database (--db)");
  restore->add_option("backup", source, "the backup file (with its FILE-events beside it)")
      ->required();
  restore->add_option("--events-dir", events_dir,
                      "the event log's directory, if serve is given one");
  restore->add_flag("--replace", replace,
                    "move the database and event log there aside (never deleted) and restore");
  restore->callback([&global] {
    global.run = [&global] {
      std::string path = SqlitePath(global);
      app::RestoreSummary s = app::Restore(source, path, LogDir(events_dir, path), replace);
      if (!s.set_aside.empty())
        std::cout << "the database that was there is now " << s.set_aside << "\n";
      std::cout << "restored " << source << " to " << path << " (" << s.event_bytes
                << " bytes of events)\n";
      return 0;
    };
  });

  CLI::App* events =
      app.add_subcommand("events", "The event log and usage rollups")->require_subcommand(1);
  CLI::App* rebuild = events->add_subcommand("rebuild-usage",
                                             "Discard the usage checkpoint, so that the next start "
                                             "rebuilds usage from the event log there");
  rebuild->callback([&global] {
    global.run = [&global] {
      auto db = store::Database::Open(global.db, 1);
      store::ApplyMigrations(*db, app::AllMigrations());
      events::UsageApplier::DiscardCheckpoint(*db);
      std::cout << "usage checkpoint discarded: the next start rebuilds usage from the event log\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
