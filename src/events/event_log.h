#pragma once
// The durable event log: every accepted message in the order it was committed, addressed by
// an increasing position. Rollups are rebuilt from it (a checkpoint plus the tail).
//
// Two implementations: FileEventLog (SQLite mode: append-only segment files, see
// file_event_log.h) and PgEventLog (PostgreSQL mode: a table, so that several processes can
// ingest at once). docs/architecture.md says why.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "events/event_record.h"

namespace banso::events {

class EventLog {
 public:
  virtual ~EventLog() = default;

  // Stores the records durably, in order: when Append returns they survive kill -9 (and, as
  // far as the disk keeps its promises, power loss). stored[i] is set false for a record the
  // log itself recognised as a duplicate (only logs that DeduplicatesItself()). Throws on I/O
  // failure; nothing of the call may then be assumed stored.
  virtual void Append(std::span<const EventRecord* const> records, std::vector<char>& stored) = 0;

  // Calls fn(position, record) for committed records after `after`, in order, at most
  // max_records; returns the position of the last one read (or `after` if none). Views in the
  // record are valid during the call only.
  virtual uint64_t ReadAfter(uint64_t after, size_t max_records,
                             const std::function<void(uint64_t, const EventRecord&)>& fn) = 0;

  // Position of the last committed record (0 when empty).
  virtual uint64_t LastPosition() = 0;

  // True when Append de-duplicates by (source, messageId) itself, across processes.
  virtual bool DeduplicatesItself() const = 0;

  // This log's identity, recorded with each usage checkpoint so that a checkpoint is never
  // applied to another log (a database restored without its log, say). "" when the log lives
  // in the database itself and so cannot be separated from its checkpoints.
  virtual const std::string& Id() const = 0;
};

}  // namespace banso::events
