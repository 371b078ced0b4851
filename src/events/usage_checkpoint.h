#pragma once
// The usage state's stored form, the checkpoint: usage_cells, usage_adopters, event_people,
// event_aliases, event_names, the sources' event counts and the usage_checkpoint row with the
// log position it reached. Written from what changed since the last checkpoint; read back
// whole at start-up.
#include <optional>
#include <string>
#include <vector>

#include "events/usage_rollups.h"
#include "store/database.h"

namespace banso::events {

struct UsageState;

// The rows a checkpoint writes, one struct per table, taken from the state in one pass. The
// binary columns (cells, adopters, pending events, daily counts) are taken as bytes and stored
// as base64 text (one column type on both databases): EncodeCheckpointRows, off the state lock.
struct CheckpointRows {
  using Cell = UsageRollups::CellBytes;
  using Adopters = UsageRollups::AdopterBytes;
  struct Person {
    long long id;
    std::string user_id;  // "" is stored as NULL
    long long contact, account, first_seen, last_seen, events, merged_into;
    std::string traits, pending;
  };
  struct Alias {
    std::string alias;
    long long person;
  };
  struct Name {
    long long id;
    std::string type, name;
    long long count, first_seen, last_seen;
    std::string daily;
  };
  struct SourceCount {
    long long events, last_event_ms, id;
  };
  long long position = 0, events_applied = 0;
  UsageRollups::Dirty snapshot;  // the cells and adopters to serialise (SnapshotRollups)
  std::vector<Cell> cells;
  std::vector<Adopters> adopters;
  std::vector<Person> people;
  std::vector<Alias> aliases;
  std::vector<Name> names;
  std::vector<SourceCount> sources;
};

// What changed since the last call, clearing the state's dirty marks (which only the applier's
// thread reads: its caller may hold the state's lock shared). The rollups are only marked
// (UsageRollups::BeginSnapshot): SnapshotRollups serialises them.
CheckpointRows TakeCheckpointRows(UsageState& state);

// Serialises up to n of the marked cells and adopters, from the `at`th; returns how many it
// passed (0 when all were). Call under the state's shared lock, a slice at a time, so that the
// applier goes on between slices; then once more after the last, for what the applier took.
size_t SnapshotRollups(const UsageState& state, CheckpointRows& rows, size_t at, size_t n);

// Turns the binary columns into the base64 text stored; once, before WriteCheckpoint.
void EncodeCheckpointRows(CheckpointRows& rows);

// Writes encoded rows and the position reached in the log `log_id`, in the caller's transaction.
void WriteCheckpoint(store::Tx& tx, const CheckpointRows& rows, const std::string& log_id);

// The usage_checkpoint row: how far the stored state reaches, and in which log.
struct CheckpointMark {
  long long position = 0, events_applied = 0;
  std::optional<std::string> log_id;  // none before the first checkpoint with a named log
};
CheckpointMark ReadCheckpointMark(soci::session& sql);

// Loads every stored row into an empty state (but its position). Throws Unavailable for a
// damaged cell.
void LoadCheckpoint(soci::session& sql, UsageState& state);

// Deletes every checkpoint row and zeroes the sources' counts, in the caller's transaction.
void DeleteCheckpoint(store::Tx& tx);

}  // namespace banso::events
