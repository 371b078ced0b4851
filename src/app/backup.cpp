#include "app/backup.h"

#include <filesystem>

#include "core/date.h"
#include "core/error.h"
#include "events/file_event_log.h"
#include "store/backup.h"

namespace banso::app {
namespace fs = std::filesystem;

BackupSummary Backup(store::Database& db, const std::string& log_dir,
                     const std::string& destination) {
  std::string destination_log = events::DefaultLogDir(destination);
  if (fs::exists(destination)) throw Invalid("destination", destination + " already exists");
  if (fs::exists(destination_log))
    throw Invalid("destination", destination_log + " already exists");
  store::BackupSqlite(db, destination);
  BackupSummary summary;
  summary.event_bytes = events::FileEventLog::CopyTo(log_dir, destination_log);
  return summary;
}

RestoreSummary Restore(const std::string& source, const std::string& db_path,
                       const std::string& log_dir, bool replace) {
  std::string source_log = events::DefaultLogDir(source);
  if (!fs::is_regular_file(source)) throw Invalid("backup", source + " is not a file");
  if (!fs::exists(source_log + "/log-id"))
    throw Invalid(
        "backup",
        source + " has no event log beside it (" + source_log +
            "): it is not a backup made by banso backup, and usage could not be restored");
  if (events::FileEventLog::IsOpenElsewhere(log_dir))
    throw Conflict("db",
                   "a running banso process has the event log " + log_dir + " open: stop it first");
  RestoreSummary summary;
  if (fs::exists(db_path) || fs::exists(log_dir)) {
    if (!replace)
      throw Conflict(
          "db",
          db_path +
              " already exists: pass --replace to move it and its event log aside and restore");
    std::string suffix = ".before-restore-" + std::to_string(Timestamp::Now().ms / 1000);
    for (const std::string& path : {db_path, db_path + "-wal", db_path + "-shm", log_dir})
      if (fs::exists(path)) fs::rename(path, path + suffix);
    summary.set_aside = db_path + suffix;
  }
  // Copied under another name and renamed, so that a cut-short copy is never taken for the
  // database.
  events::CopyFileDurably(source, db_path + ".restoring");
  fs::rename(db_path + ".restoring", db_path);
  summary.event_bytes = events::FileEventLog::CopyTo(source_log, log_dir);
  return summary;
}

}  // namespace banso::app
