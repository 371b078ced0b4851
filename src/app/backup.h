#pragma once
// banso backup and banso restore (SQLite mode): the database and its event log as one
// consistent copy, and that copy put back in place. A backup DEST is a database file DEST and
// its log DEST-events, laid out as `banso serve --db sqlite:DEST` expects them.
#include <cstdint>
#include <string>

#include "store/database.h"

namespace banso::app {

struct BackupSummary {
  uint64_t event_bytes = 0;  // of the event log copied
};

// Copies the live database to `destination`, then its event log (in log_dir) to
// `destination`-events. In that order, the copy's usage checkpoint points no further than its
// log reaches, and every event acknowledged before the call is in the copy. Refuses a
// destination that exists.
BackupSummary Backup(store::Database& db, const std::string& log_dir,
                     const std::string& destination);

struct RestoreSummary {
  std::string set_aside;  // where the database that was there went ("" if there was none)
  uint64_t event_bytes = 0;
};

// Puts the backup `source` (a file and its -events directory) in place of the database at
// db_path and its log at log_dir. Refuses a backup without its event log, and a target whose
// log a running server holds. A database already there is refused unless `replace`, which moves
// it and its log aside (renamed with ".before-restore-<time>", never deleted).
RestoreSummary Restore(const std::string& source, const std::string& db_path,
                       const std::string& log_dir, bool replace);

}  // namespace banso::app
