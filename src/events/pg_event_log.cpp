#include "events/pg_event_log.h"

#include <set>

#include "core/error.h"
#include "events/text_blob.h"
#include "store/statement.h"

namespace banso::events {
namespace {

// Advisory lock key of the append/read horizon ("bnsoevnt").
constexpr long long kHorizonLock = 0x626e736f65766e74LL;
constexpr size_t kRowsPerInsert = 500;

}  // namespace

void PgEventLog::Append(std::span<const EventRecord* const> records, std::vector<char>& stored) {
  stored.assign(records.size(), 0);
  if (records.empty()) return;
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "SELECT pg_advisory_xact_lock_shared(" << kHorizonLock << ")";
    std::string encoded;
    for (size_t at = 0; at < records.size(); at += kRowsPerInsert) {
      size_t end = std::min(records.size(), at + kRowsPerInsert);
      store::Query q("INSERT INTO event_log (source_id, message_id, received_at, record) VALUES ");
      for (size_t i = at; i < end; ++i) {
        const EventRecord& r = *records[i];
        encoded.clear();
        EncodeRecord(r, encoded);
        q << (i > at ? ", (" : "(");
        q.Bind(static_cast<long long>(r.source_id)) << ", ";
        q.Bind(std::string(r.message_id)) << ", ";
        q.Bind(static_cast<long long>(r.received_ms)) << ", ";
        q.Bind(ToBase64(encoded)) << ")";
      }
      q << " ON CONFLICT (source_id, message_id) DO NOTHING RETURNING source_id, message_id";
      std::set<std::pair<long long, std::string>> inserted;
      soci::statement st = q.Prepare(tx.sql());
      long long source = 0;
      std::string message;
      st.exchange(soci::into(source));
      st.exchange(soci::into(message));
      store::ForEachRow(st, [&] { inserted.emplace(source, message); });
      for (size_t i = at; i < end; ++i) {
        // A message twice in one call: the first is stored, the second is a duplicate.
        auto it = inserted.find({records[i]->source_id, std::string(records[i]->message_id)});
        if (it != inserted.end()) {
          stored[i] = 1;
          inserted.erase(it);
        }
      }
    }
  });
}

uint64_t PgEventLog::ReadAfter(uint64_t after, size_t max_records,
                               const std::function<void(uint64_t, const EventRecord&)>& fn) {
  store::Session sql(db_.pool());
  long long horizon = 0;
  sql << "SELECT pg_advisory_lock(" << kHorizonLock << ")";
  try {
    sql << "SELECT COALESCE(max(position), 0) FROM event_log", soci::into(horizon);
  } catch (...) {
    sql << "SELECT pg_advisory_unlock(" << kHorizonLock << ")";
    throw;
  }
  sql << "SELECT pg_advisory_unlock(" << kHorizonLock << ")";
  if (static_cast<uint64_t>(horizon) <= after) return after;
  store::Query q("SELECT position, record FROM event_log WHERE position > ");
  q.Bind(static_cast<long long>(after)) << " AND position <= ";
  q.Bind(horizon) << " ORDER BY position LIMIT ";
  q.Bind(static_cast<long long>(max_records));
  soci::statement st = q.Prepare(sql);
  long long position = 0;
  std::string text;
  st.exchange(soci::into(position));
  st.exchange(soci::into(text));
  uint64_t last = after;
  store::ForEachRow(st, [&] {
    std::string bytes = FromBase64(text);
    EventRecord r;
    if (!DecodeRecord(bytes, r))
      throw Unavailable("event log: damaged record at position " + std::to_string(position));
    fn(static_cast<uint64_t>(position), r);
    last = static_cast<uint64_t>(position);
  });
  return last;
}

uint64_t PgEventLog::LastPosition() {
  store::Session sql(db_.pool());
  long long last = 0;
  sql << "SELECT COALESCE(max(position), 0) FROM event_log", soci::into(last);
  return static_cast<uint64_t>(last);
}

}  // namespace banso::events
