#pragma once
// The event log as a PostgreSQL table (PostgreSQL mode), so that several `banso serve`
// processes can ingest at once. The unique index on (source, messageId) de-duplicates retries
// across processes, whichever process a retry reaches.
//
// Positions come from an identity column, and concurrent transactions may commit them out of
// order. The reader therefore establishes a horizon: appends hold a shared advisory lock for
// their transaction, the reader takes the same lock exclusively for an instant to read
// max(position) once every earlier append has committed, and then reads only up to it.
#include "events/event_log.h"
#include "store/database.h"

namespace banso::events {

class PgEventLog : public EventLog {
 public:
  explicit PgEventLog(store::Database& db) : db_(db) {}

  void Append(std::span<const EventRecord* const> records, std::vector<char>& stored) override;
  uint64_t ReadAfter(uint64_t after, size_t max_records,
                     const std::function<void(uint64_t, const EventRecord&)>& fn) override;
  uint64_t LastPosition() override;
  bool DeduplicatesItself() const override { return true; }
  const std::string& Id() const override {
    static const std::string kInTheDatabase;
    return kInTheDatabase;
  }

 private:
  store::Database& db_;
};

}  // namespace banso::events
