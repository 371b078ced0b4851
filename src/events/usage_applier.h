#pragma once
// Applies the event log to the in-memory usage state (rollups, catalogue, people) in log order,
// resolves identities against the customer data (group -> account, identify -> contact), and
// checkpoints the state with the last applied position, so that a restart loads the checkpoint
// and replays only the tail of the log.
//
// Thread safety: Apply* and the checkpoints are called from one thread (the analytics role);
// readers use Read(). A checkpoint's database write may run on a thread of its own.
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "events/event_catalog.h"
#include "events/event_log.h"
#include "events/event_metrics.h"
#include "events/people.h"
#include "events/string_map.h"
#include "events/usage_checkpoint.h"
#include "events/usage_listener.h"
#include "events/usage_rollups.h"
#include "store/database.h"

namespace banso::events {

struct SourceStats {
  uint64_t events = 0;
  int64_t last_event_ms = 0;
  bool dirty = false;
};

struct UsageState {
  uint64_t position = 0;  // the last applied log position
  uint64_t events_applied = 0;
  EventCatalog catalog;
  PeopleDirectory people;
  UsageRollups rollups;
  StringMap<long long> groups;  // groupId -> account id
  std::unordered_map<uint32_t, SourceStats> sources;
};

class UsageApplier {
 public:
  UsageApplier(store::Database& db, EventLog& log, EventMetrics& metrics);

  void Restore();  // loads the checkpoint; call first

  // Deletes the checkpoint and all it holds (cells, adopters, people, aliases, the catalogue,
  // source counts) in one transaction, so that the next start rebuilds usage from the log
  // alone: for a database whose log is lost or is not the one its checkpoint was made from.
  // Group links and contacts stay: they are facts about accounts, not rollups.
  static void DiscardCheckpoint(store::Database& db);
  size_t ApplyAvailable(size_t max_records);  // applies committed records; returns how many
  // Takes the changed state and writes it with the position, before returning.
  void Checkpoint();
  // Takes the changed state now and writes it on a thread of its own, so that applying goes
  // on meanwhile (a checkpoint of a bulk load's cells takes seconds to write), then packs the
  // cells left idle (PackIdle). False, taking nothing, while the last one is still being
  // written. Throws the last write's failure.
  bool StartCheckpoint();
  // Throws the failure of a write StartCheckpoint began, once it has ended.
  void CheckCheckpointWrite();
  // How long the last checkpoint took, from taking the state to its commit.
  double last_checkpoint_seconds() const { return last_checkpoint_seconds_.load(); }
  void AddListener(UsageListener* listener) {
    std::lock_guard lock(listeners_mu_);
    listeners_.push_back(listener);
  }

  template <class Fn>
  auto Read(Fn&& fn) const {
    std::shared_lock lock(mu_);
    return fn(state_);
  }

 private:
  void ApplyRecord(const EventRecord& r);
  Person& PersonFor(const EventRecord& r);
  // The account of a groupId already resolved (0 if not).
  long long AccountOfGroup(std::string_view group_id) const;
  // Finds or creates the accounts of new groupIds (with a group call's JSON for its traits).
  std::vector<std::pair<std::string, long long>> ResolveGroups(
      const std::vector<std::pair<std::string, std::string_view>>& groups);
  void AttachToAccount(Person& p, long long account);
  void SyncContacts();
  CheckpointRows TakeCheckpoint();
  // Packs the usage cells that stayed unchanged since the last call and gives the freed memory
  // back to the system.
  void PackIdle();
  // beside_applier: on the checkpoint's own thread, which lets the applier in between slices.
  void WriteCheckpointRows(CheckpointRows& rows, std::chrono::steady_clock::time_point started,
                           bool beside_applier);

  store::Database& db_;
  EventLog& log_;
  EventMetrics& metrics_;
  std::mutex listeners_mu_;
  std::vector<UsageListener*> listeners_;

  mutable std::shared_mutex mu_;
  UsageState state_;
  // The chunk being applied, read from the log (the applier's thread only).
  std::string chunk_;
  std::vector<size_t> chunk_ends_;
  std::vector<EventRecord> chunk_records_;
  // Work collected while applying a chunk, done after it without the lock.
  std::unordered_set<uint32_t> contacts_to_sync_;
  std::unordered_set<long long> touched_accounts_;

  std::atomic<double> last_checkpoint_seconds_{0};
  std::mutex checkpoint_mu_;   // guards writing_
  std::future<void> writing_;  // the checkpoint StartCheckpoint began; last, so destroyed first
};

}  // namespace banso::events
