#include "events/usage_checkpoint.h"

#include "core/date.h"
#include "core/error.h"
#include "events/text_blob.h"
#include "events/usage_applier.h"
#include "store/batches.h"

namespace banso::events {
namespace {

// Rows per statement: SOCI binds vectors row by row, and one huge vector costs memory.
constexpr size_t kWriteBatch = 500;

void TakeRollups(UsageState& state, CheckpointRows& rows) {
  rows.snapshot = state.rollups.BeginSnapshot();
}

void TakePeople(UsageState& state, CheckpointRows& rows) {
  for (events::Person* p : state.people.TakeDirty())
    rows.people.push_back({p->id, p->user_id, p->contact_id, p->account_id, p->first_seen,
                           p->last_seen, static_cast<long long>(p->events), p->merged_into,
                           p->traits, p->SerializePending()});
  for (auto& [alias, person] : state.people.TakeNewAliases())
    rows.aliases.push_back({alias, person});
}

void TakeCatalog(UsageState& state, CheckpointRows& rows) {
  for (CatalogEntry* e : state.catalog.TakeDirty())
    rows.names.push_back({e->id, std::string(EnumToString(e->type)), e->name,
                          static_cast<long long>(e->count), e->first_seen, e->last_seen,
                          e->SerializeDaily()});
}

void TakeSources(UsageState& state, CheckpointRows& rows) {
  for (auto& [id, s] : state.sources) {
    if (!s.dirty) continue;
    s.dirty = false;
    rows.sources.push_back({static_cast<long long>(s.events), s.last_event_ms, id});
  }
}

// ---- Loading, one table at a time -----------------------------------------------------------

void LoadCells(soci::session& sql, UsageState& state) {
  long long account, active;
  int day;
  std::string data;
  soci::indicator active_ind;
  soci::statement st =
      (sql.prepare
           << "SELECT account_id, day, active, data FROM usage_cells ORDER BY account_id, day",
       soci::into(account), soci::into(day), soci::into(active, active_ind), soci::into(data));
  if (st.execute(true)) do {
      DayCell cell(day);
      if (!DayCell::Restore(FromBase64(data), active_ind == soci::i_ok ? active : -1, cell))
        throw Unavailable("damaged usage checkpoint cell");
      state.rollups.RestoreCell(account, std::move(cell));
    } while (st.fetch());
}

void LoadAdopters(soci::session& sql, UsageState& state) {
  long long account;
  int name;
  std::string data;
  soci::statement st = (sql.prepare << "SELECT account_id, name_id, data FROM usage_adopters",
                        soci::into(account), soci::into(name), soci::into(data));
  if (st.execute(true)) do {
      std::string bytes = FromBase64(data);
      state.rollups.RestoreAdopters(account, static_cast<uint16_t>(name),
                                    Roaring::readSafe(bytes.data(), bytes.size()));
    } while (st.fetch());
}

void LoadCatalog(soci::session& sql, UsageState& state) {
  CatalogEntry e;
  long long id, count;
  std::string type, daily;
  soci::statement st = (sql.prepare << "SELECT id, type, name, event_count, first_seen, "
                                       "last_seen, daily FROM event_names ORDER BY id",
                        soci::into(id), soci::into(type), soci::into(e.name), soci::into(count),
                        soci::into(e.first_seen), soci::into(e.last_seen), soci::into(daily));
  if (st.execute(true)) do {
      CatalogEntry entry = e;
      entry.id = static_cast<uint16_t>(id);
      entry.type = EnumFromString<EventType>(type).value_or(EventType::kTrack);
      entry.count = static_cast<uint64_t>(count);
      entry.DeserializeDaily(FromBase64(daily));
      state.catalog.Restore(std::move(entry));
    } while (st.fetch());
}

void LoadPeople(soci::session& sql, UsageState& state) {
  long long id, contact, account, first, last, events, merged;
  std::string user, traits, pending;
  soci::indicator user_ind, traits_ind, pending_ind, merged_ind, contact_ind, account_ind;
  soci::statement st =
      (sql.prepare
           << "SELECT id, user_id, contact_id, account_id, first_seen, last_seen, event_count, "
              "traits, merged_into, pending FROM event_people ORDER BY id",
       soci::into(id), soci::into(user, user_ind), soci::into(contact, contact_ind),
       soci::into(account, account_ind), soci::into(first), soci::into(last), soci::into(events),
       soci::into(traits, traits_ind), soci::into(merged, merged_ind),
       soci::into(pending, pending_ind));
  if (st.execute(true)) do {
      events::Person p;
      p.id = static_cast<uint32_t>(id);
      if (user_ind == soci::i_ok) p.user_id = user;
      p.contact_id = contact_ind == soci::i_ok ? contact : 0;
      p.account_id = account_ind == soci::i_ok ? account : 0;
      p.first_seen = first;
      p.last_seen = last;
      p.events = static_cast<uint64_t>(events);
      if (traits_ind == soci::i_ok) p.traits = traits;
      p.merged_into = merged_ind == soci::i_ok ? static_cast<uint32_t>(merged) : 0;
      if (pending_ind == soci::i_ok) p.DeserializePending(FromBase64(pending));
      state.people.Restore(std::move(p));
    } while (st.fetch());
  std::string alias;
  long long person;
  soci::statement aliases = (sql.prepare << "SELECT alias, person_id FROM event_aliases",
                             soci::into(alias), soci::into(person));
  if (aliases.execute(true)) do {
      state.people.RestoreAlias(alias, static_cast<uint32_t>(person));
    } while (aliases.fetch());
}

// The group links are facts about accounts, not rollups: they stay when a checkpoint goes.
void LoadGroups(soci::session& sql, UsageState& state) {
  std::string group;
  long long account;
  soci::statement st = (sql.prepare << "SELECT group_id, account_id FROM event_groups",
                        soci::into(group), soci::into(account));
  if (st.execute(true)) do {
      state.groups.emplace(group, account);
    } while (st.fetch());
}

void LoadSourceCounts(soci::session& sql, UsageState& state) {
  long long id, events, last;
  soci::indicator last_ind;
  soci::statement st =
      (sql.prepare << "SELECT id, events_received, last_event_at FROM event_sources",
       soci::into(id), soci::into(events), soci::into(last, last_ind));
  if (st.execute(true)) do {
      state.sources[static_cast<uint32_t>(id)] = {static_cast<uint64_t>(events),
                                                  last_ind == soci::i_ok ? last : 0, false};
    } while (st.fetch());
}

}  // namespace

CheckpointRows TakeCheckpointRows(UsageState& state) {
  CheckpointRows rows;
  rows.position = static_cast<long long>(state.position);
  rows.events_applied = static_cast<long long>(state.events_applied);
  TakeRollups(state, rows);
  TakePeople(state, rows);
  TakeCatalog(state, rows);
  TakeSources(state, rows);
  return rows;
}

size_t SnapshotRollups(const UsageState& state, CheckpointRows& rows, size_t at, size_t n) {
  const auto& cells = rows.snapshot.cells;
  const auto& adopters = rows.snapshot.adopters;
  const size_t total = cells.size() + adopters.size();
  if (at >= total) {
    state.rollups.TakeEarly(rows.cells, rows.adopters);
    return 0;
  }
  const size_t end = std::min(total, at + n);
  for (size_t i = at; i < end; ++i) {
    if (i < cells.size())
      state.rollups.SnapshotCell(cells[i].first, cells[i].second, rows.cells);
    else
      state.rollups.SnapshotAdopters(adopters[i - cells.size()].first,
                                     adopters[i - cells.size()].second, rows.adopters);
  }
  return end - at;
}

void EncodeCheckpointRows(CheckpointRows& rows) {
  for (auto& c : rows.cells) c.data = ToBase64(c.data);
  for (auto& a : rows.adopters) a.data = ToBase64(a.data);
  for (auto& p : rows.people) p.pending = ToBase64(p.pending);
  for (auto& n : rows.names) n.daily = ToBase64(n.daily);
}

void WriteCheckpoint(store::Tx& tx, const CheckpointRows& rows, const std::string& log_id) {
  using R = CheckpointRows;
  soci::session& sql = tx.sql();
  store::WriteColumns(sql,
                      "INSERT INTO usage_cells (account_id, day, active, data) "
                      "VALUES (:a, :d, :n, :x) ON CONFLICT (account_id, day) DO UPDATE SET "
                      "active = excluded.active, data = excluded.data",
                      rows.cells, kWriteBatch, &R::Cell::account, &R::Cell::day, &R::Cell::active,
                      &R::Cell::data);
  store::WriteColumns(sql,
                      "INSERT INTO usage_adopters (account_id, name_id, data) VALUES (:a, :n, :x) "
                      "ON CONFLICT (account_id, name_id) DO UPDATE SET data = excluded.data",
                      rows.adopters, kWriteBatch, &R::Adopters::account, &R::Adopters::name,
                      &R::Adopters::data);
  store::WriteColumns(
      sql,
      "INSERT INTO event_people (id, user_id, contact_id, account_id, first_seen, last_seen, "
      "event_count, merged_into, traits, pending) "
      "VALUES (:id, NULLIF(:u, ''), :c, :a, :f, :l, :n, :m, :t, :p) ON CONFLICT (id) DO UPDATE "
      "SET user_id = excluded.user_id, contact_id = excluded.contact_id, account_id = "
      "excluded.account_id, first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
      "event_count = excluded.event_count, merged_into = excluded.merged_into, traits = "
      "excluded.traits, pending = excluded.pending",
      rows.people, kWriteBatch, &R::Person::id, &R::Person::user_id, &R::Person::contact,
      &R::Person::account, &R::Person::first_seen, &R::Person::last_seen, &R::Person::events,
      &R::Person::merged_into, &R::Person::traits, &R::Person::pending);
  store::WriteColumns(sql,
                      "INSERT INTO event_aliases (alias, person_id) VALUES (:a, :p) "
                      "ON CONFLICT (alias) DO UPDATE SET person_id = excluded.person_id",
                      rows.aliases, kWriteBatch, &R::Alias::alias, &R::Alias::person);
  store::WriteColumns(
      sql,
      "INSERT INTO event_names (id, type, name, event_count, first_seen, last_seen, daily) "
      "VALUES (:id, :t, :n, :c, :f, :l, :d) ON CONFLICT (id) DO UPDATE SET event_count = "
      "excluded.event_count, first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
      "daily = excluded.daily",
      rows.names, kWriteBatch, &R::Name::id, &R::Name::type, &R::Name::name, &R::Name::count,
      &R::Name::first_seen, &R::Name::last_seen, &R::Name::daily);
  store::WriteColumns(
      sql, "UPDATE event_sources SET events_received = :n, last_event_at = :t WHERE id = :id",
      rows.sources, kWriteBatch, &R::SourceCount::events, &R::SourceCount::last_event_ms,
      &R::SourceCount::id);
  long long now = Timestamp::Now().ms;
  soci::indicator log_id_ind = log_id.empty() ? soci::i_null : soci::i_ok;
  sql << "INSERT INTO usage_checkpoint (id, position, events_applied, written_at, log_id) VALUES "
         "(1, :p, :n, :w, :l) ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
         "events_applied = excluded.events_applied, written_at = excluded.written_at, log_id = "
         "excluded.log_id",
      soci::use(rows.position), soci::use(rows.events_applied), soci::use(now),
      soci::use(log_id, log_id_ind);
}

CheckpointMark ReadCheckpointMark(soci::session& sql) {
  CheckpointMark mark;
  std::string log_id;
  soci::indicator log_id_ind = soci::i_null;
  sql << "SELECT position, events_applied, log_id FROM usage_checkpoint WHERE id = 1",
      soci::into(mark.position), soci::into(mark.events_applied), soci::into(log_id, log_id_ind);
  if (!sql.got_data()) return {};
  if (log_id_ind == soci::i_ok) mark.log_id = log_id;
  return mark;
}

void LoadCheckpoint(soci::session& sql, UsageState& state) {
  LoadCells(sql, state);
  LoadAdopters(sql, state);
  LoadCatalog(sql, state);
  LoadPeople(sql, state);
  LoadGroups(sql, state);
  LoadSourceCounts(sql, state);
}

void DeleteCheckpoint(store::Tx& tx) {
  for (const char* table : {"usage_checkpoint", "usage_cells", "usage_adopters", "event_people",
                            "event_aliases", "event_names"})
    tx.sql() << "DELETE FROM " << table;
  tx.sql() << "UPDATE event_sources SET events_received = 0, last_event_at = NULL";
}

}  // namespace banso::events
