#include "events/usage_applier.h"

#include <pthread.h>
#include <spdlog/spdlog.h>

#include <thread>

#include "auth/actor.h"
#include "core/date.h"
#include "core/error.h"
#include "core/memory.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "customers/journey_stage.h"
#include "store/statement.h"

namespace banso::events {
namespace {

int DayOf(int64_t ms) { return Timestamp{ms}.date().days(); }

const auth::Actor& EventsActor() {
  static const auth::Actor actor = auth::Actor::System("events");
  return actor;
}

// The traits object of an identify or group call, or an empty object.
nlohmann::json TraitsOf(std::string_view json) {
  auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return nlohmann::json::object();
  auto it = doc.find("traits");
  if (it == doc.end() || !it->is_object()) return nlohmann::json::object();
  return *it;
}

std::optional<std::string> TraitString(const nlohmann::json& traits, const char* key) {
  auto it = traits.find(key);
  if (it == traits.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
    return std::nullopt;
  return it->get<std::string>();
}

bool LooksLikeDomain(std::string_view s) {
  return s.find('.') != std::string_view::npos && s.find(' ') == std::string_view::npos &&
         s.size() <= 253;
}

// Between the slices of a long job under the state lock, on a thread beside the applier: the
// lock hands over to no one in particular, and taken again at once it kept the applier waiting
// for the whole job. The applier's own thread (Checkpoint) has no one to let in.
void LetTheApplierIn(bool beside_applier) {
  if (beside_applier) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

}  // namespace

UsageApplier::UsageApplier(store::Database& db, EventLog& log, EventMetrics& metrics)
    : db_(db), log_(log), metrics_(metrics) {}

// ---- Applying -------------------------------------------------------------------------------

size_t UsageApplier::ApplyAvailable(size_t max_records) {
  // Read the chunk first: groupIds new to us are resolved to accounts in one transaction,
  // without holding the state lock, before the chunk is applied.
  std::string& chunk = chunk_;  // the chunk's records, encoded back to back
  std::vector<size_t>& ends = chunk_ends_;
  std::vector<EventRecord>& records = chunk_records_;
  chunk.clear();  // kept allocated: growing it afresh for every chunk cost as much as copying
  ends.clear();
  uint64_t from;
  {
    std::shared_lock lock(mu_);
    from = state_.position;
  }
  uint64_t to = log_.ReadAfter(from, max_records, [&](uint64_t, const EventRecord& r) {
    EncodeRecord(r, chunk);
    ends.push_back(chunk.size());
  });
  if (ends.empty()) return 0;
  records.resize(ends.size());
  for (size_t i = 0, at = 0; i < ends.size(); at = ends[i++])
    DecodeRecord(std::string_view(chunk).substr(at, ends[i] - at), records[i]);
  std::vector<std::pair<std::string, std::string_view>> unknown;  // groupId, a group call's JSON
  {
    std::shared_lock lock(mu_);
    std::unordered_map<std::string_view, size_t> index;  // groupId -> its place in unknown
    for (const EventRecord& r : records) {
      if (r.target_id.empty() || r.type == EventType::kAlias || state_.groups.count(r.target_id))
        continue;
      auto [it, added] = index.try_emplace(r.target_id, unknown.size());
      if (added) unknown.emplace_back(std::string(r.target_id), std::string_view());
      std::string_view& json = unknown[it->second].second;
      if (r.type == EventType::kGroup && json.empty()) json = r.json;
    }
  }
  auto resolved = ResolveGroups(unknown);
  size_t applied = records.size();
  {
    std::unique_lock lock(mu_);
    for (auto& [group, account] : resolved) state_.groups.emplace(group, account);
    for (const EventRecord& r : records) {
      ApplyRecord(r);
      metrics_.last_applied_received_ms = r.received_ms;
    }
    state_.position = to;
    state_.events_applied += applied;
  }
  if (!contacts_to_sync_.empty()) SyncContacts();
  if (!touched_accounts_.empty()) {
    std::vector<AccountId> accounts;
    for (long long id : touched_accounts_) accounts.emplace_back(id);
    touched_accounts_.clear();
    std::lock_guard lock(listeners_mu_);
    for (UsageListener* l : listeners_) l->OnAccountUsageChanged(accounts);
  }
  // Published last: whoever waits for "applied" (WaitUntilApplied, the rollup lag) then also
  // sees the contacts written and the listeners told.
  metrics_.applied_position = to;
  metrics_.applied_events += applied;
  return applied;
}

Person& UsageApplier::PersonFor(const EventRecord& r) {
  PeopleDirectory& people = state_.people;
  if (r.user_id.empty()) {
    if (Person* a = people.FindAlias(r.anonymous_id)) return *a;
    return people.CreateAnonymous(r.anonymous_id);
  }
  Person* user = people.FindUser(r.user_id);
  if (!user) user = people.FindAlias(r.user_id);  // a previousId that alias tied to a user
  Person* anon = r.anonymous_id.empty() ? nullptr : people.FindAlias(r.anonymous_id);
  if (!user) {
    if (anon && anon->user_id.empty()) {
      people.AssignUser(*anon, r.user_id);  // the visitor signed in: same person from now on
      return *anon;
    }
    uint32_t id = people.CreateUser(r.user_id).id;
    if (!r.anonymous_id.empty()) people.Alias(r.anonymous_id, id);
    return people.Get(id);
  }
  if (anon && anon->id != user->id && anon->user_id.empty()) {
    // The anonymous visitor turned out to be this user: stitch what they did before.
    people.Merge(*anon, *user);
    people.Alias(r.anonymous_id, user->id);
    if (user->account_id) AttachToAccount(*user, user->account_id);
  } else if (!r.anonymous_id.empty() && !anon) {
    people.Alias(r.anonymous_id, user->id);
  }
  return *user;
}

void UsageApplier::AttachToAccount(Person& p, long long account) {
  state_.people.SetAccount(p, account);
  for (const PendingEvent& e : p.pending) state_.rollups.Add(account, e.day, p.id, e.name_id);
  if (!p.pending.empty()) touched_accounts_.insert(account);
  p.pending.clear();
  if (p.contact_stale && !p.user_id.empty()) contacts_to_sync_.insert(p.id);
}

void UsageApplier::ApplyRecord(const EventRecord& r) {
  SourceStats& source = state_.sources[r.source_id];
  ++source.events;
  source.last_event_ms = std::max(source.last_event_ms, r.received_ms);
  source.dirty = true;

  switch (r.type) {
    case EventType::kIdentify: {
      Person& p = PersonFor(r);
      nlohmann::json traits = TraitsOf(r.json);
      if (!traits.empty()) {
        nlohmann::json merged = p.traits.empty() ? nlohmann::json::object()
                                                 : nlohmann::json::parse(p.traits, nullptr, false);
        if (!merged.is_object()) merged = nlohmann::json::object();
        merged.update(traits);
        p.traits = merged.dump();
      }
      p.contact_stale = !p.user_id.empty();
      p.dirty = true;
      if (p.account_id && p.contact_stale) contacts_to_sync_.insert(p.id);
      return;
    }
    case EventType::kGroup: {
      uint32_t person = PersonFor(r).id;
      long long account = AccountOfGroup(r.target_id);
      if (account) AttachToAccount(state_.people.Get(person), account);
      return;
    }
    case EventType::kAlias: {
      uint32_t user = PersonFor(r).id;
      Person* previous = state_.people.FindUser(r.target_id);
      if (!previous) previous = state_.people.FindAlias(r.target_id);
      if (previous && previous->id != user) {
        state_.people.Merge(*previous, state_.people.Get(user));
        Person& u = state_.people.Get(user);
        if (u.account_id) AttachToAccount(u, u.account_id);
      }
      state_.people.Alias(r.target_id, user);
      return;
    }
    case EventType::kTrack:
    case EventType::kPage:
    case EventType::kScreen: {
      uint32_t person_id = PersonFor(r).id;
      long long account = r.target_id.empty() ? 0 : AccountOfGroup(r.target_id);
      Person& p = state_.people.Get(person_id);
      if (!account) account = p.account_id;
      if (p.first_seen == 0 || r.timestamp_ms < p.first_seen) p.first_seen = r.timestamp_ms;
      p.last_seen = std::max(p.last_seen, r.timestamp_ms);
      ++p.events;
      p.dirty = true;
      auto name_id = state_.catalog.IdFor(r.type, r.name);
      if (!name_id) return;  // the catalogue is full: the event stays in the log only
      state_.catalog.Count(*name_id, r.timestamp_ms);
      int day = DayOf(r.timestamp_ms);
      if (account) {
        state_.rollups.Add(account, day, person_id, *name_id);
        touched_accounts_.insert(account);
      } else if (p.pending.size() < PeopleDirectory::kMaxPending) {
        p.pending.push_back({day, *name_id});
      }
      return;
    }
  }
}

long long UsageApplier::AccountOfGroup(std::string_view group_id) const {
  auto it = state_.groups.find(group_id);
  return it == state_.groups.end() ? 0 : it->second;
}

std::vector<std::pair<std::string, long long>> UsageApplier::ResolveGroups(
    const std::vector<std::pair<std::string, std::string_view>>& groups) {
  std::vector<std::pair<std::string, long long>> out;
  if (groups.empty()) return out;
  auto resolve = [&](store::Tx& tx, const std::string& key, std::string_view json) {
    nlohmann::json traits = json.empty() ? nlohmann::json::object() : TraitsOf(json);
    std::optional<AccountId> found = customers::AccountStore::FindIdByExternalId(tx, key);
    if (!found && LooksLikeDomain(key)) found = customers::AccountStore::FindIdByDomain(tx, key);
    if (!found) {
      // An unknown company: a prospect account, marked as created from product events.
      customers::Account a;
      a.name = TraitString(traits, "name").value_or(key);
      a.external_id = key;
      a.journey_stage = customers::JourneyStageStore::FirstOf(
          customers::JourneyStageStore::ListIn(tx), customers::MomentOfTruth::kZmot);
      a.custom_attributes = {{"created_from", "events"}};
      if (LooksLikeDomain(key)) a.domain = key;
      try {
        customers::ValidateAccount(a);
      } catch (const Error&) {
        a.domain.reset();
        a.name = key;
      }
      found = customers::AccountStore::CreateIn(tx, EventsActor(), a).id;
    }
    tx.sql() << "INSERT INTO event_groups (group_id, account_id) VALUES (:g, :a) ON CONFLICT "
                "(group_id) DO NOTHING",
        soci::use(key), soci::use(found->value);
    return found->value;
  };
  try {
    db_.Transact([&](store::Tx& tx) {
      for (const auto& [key, json] : groups) out.emplace_back(key, resolve(tx, key, json));
    });
  } catch (const std::exception&) {
    // One bad group must not keep the others out: retry them one by one.
    out.clear();
    for (const auto& [key, json] : groups) {
      try {
        out.emplace_back(key, db_.Transact([&](store::Tx& tx) { return resolve(tx, key, json); }));
      } catch (const Unavailable&) {
        throw;  // the database, not the group: nothing of the chunk is applied, it is read again
      } catch (const std::exception& e) {
        spdlog::warn(nlohmann::json{
            {"msg", "cannot resolve a groupId to an account"},
            {"group_id", key},
            {"error",
             e.what()}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
    }
  }
  return out;
}

void UsageApplier::SyncContacts() {
  struct Want {
    uint32_t person;
    std::string user_id;
    long long account, contact;
    nlohmann::json traits;
  };
  std::vector<Want> wants;
  {
    std::shared_lock lock(mu_);
    for (uint32_t id : contacts_to_sync_) {
      const Person* p = state_.people.Find(id);
      if (!p || !p->account_id || p->user_id.empty()) continue;
      nlohmann::json traits = p->traits.empty() ? nlohmann::json::object()
                                                : nlohmann::json::parse(p->traits, nullptr, false);
      wants.push_back({id, p->user_id, p->account_id, p->contact_id,
                       traits.is_object() ? traits : nlohmann::json::object()});
    }
  }
  contacts_to_sync_.clear();
  std::vector<std::pair<uint32_t, long long>> linked;
  auto upsert = [&](store::Tx& tx, const Want& w) {
    // identify upserts a contact: the one already linked, else by userId, else by email.
    std::optional<std::string> email = TraitString(w.traits, "email");
    std::optional<std::string> name = TraitString(w.traits, "name");
    if (!name) {
      auto first = TraitString(w.traits, "firstName"), last = TraitString(w.traits, "lastName");
      if (first && last)
        name = *last + " " + *first;
      else if (first || last)
        name = first ? *first : *last;
    }
    std::optional<std::string> title = TraitString(w.traits, "title");
    std::optional<ContactId> id;
    if (w.contact) id = ContactId(w.contact);
    if (id && !customers::ContactStore::Find(tx, *id)) id.reset();  // deleted meanwhile
    if (!id) id = customers::ContactStore::FindIdByExternalId(tx, w.user_id);
    if (!id && email) id = customers::ContactStore::FindIdByEmail(tx, AccountId(w.account), *email);
    auto apply = [&](customers::Contact& c) {
      if (name) c.name = *name;
      if (email) c.email = *email;
      if (title) c.title = *title;
      if (!c.external_id) c.external_id = w.user_id;
    };
    if (id) {
      auto current = customers::ContactStore::Find(tx, *id);
      customers::Contact changed = *current;
      apply(changed);
      bool same = changed.name == current->name && changed.email == current->email &&
                  changed.title == current->title && changed.external_id == current->external_id;
      if (!same) customers::ContactStore::UpdateIn(tx, EventsActor(), *id, apply);
      return id->value;
    }
    customers::Contact c;
    c.account_id = AccountId(w.account);
    c.name = w.user_id;
    c.role = customers::ContactRole::kUser;
    apply(c);
    return customers::ContactStore::CreateIn(tx, EventsActor(), c).id.value;
  };
  try {
    db_.Transact([&](store::Tx& tx) {
      for (const Want& w : wants) linked.emplace_back(w.person, upsert(tx, w));
    });
  } catch (const std::exception&) {
    linked.clear();  // one bad contact (e.g. an invalid email trait): the others one by one
    for (const Want& w : wants) {
      try {
        linked.emplace_back(w.person, db_.Transact([&](store::Tx& tx) { return upsert(tx, w); }));
      } catch (const std::exception& e) {
        spdlog::warn(nlohmann::json{
            {"msg", "cannot upsert the contact of an identify call"},
            {"user_id", w.user_id},
            {"error",
             e.what()}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
    }
  }
  std::unique_lock lock(mu_);
  for (auto [person, contact] : linked) {
    Person& p = state_.people.Get(person);
    p.contact_id = contact;
    p.contact_stale = false;
    p.dirty = true;
  }
}

// ---- Checkpoint -----------------------------------------------------------------------------

CheckpointRows UsageApplier::TakeCheckpoint() {
  // Only this thread (the applier's) changes the state, so while it checkpoints a shared lock
  // suffices: usage queries keep being answered while a large checkpoint is taken. The dirty
  // flags cleared here are read by nobody else.
  std::shared_lock lock(mu_);
  return TakeCheckpointRows(state_);
}

void UsageApplier::WriteCheckpointRows(CheckpointRows& rows,
                                       std::chrono::steady_clock::time_point started,
                                       bool beside_applier) {
  // The cells and adopters marked at the take, a slice per lock: the applier goes on between.
  constexpr size_t kSlice = 2000;
  for (size_t at = 0, n;; at += n) {
    {
      std::shared_lock lock(mu_);
      if ((n = SnapshotRollups(state_, rows, at, kSlice)) == 0) break;
    }
    LetTheApplierIn(beside_applier);
  }
  EncodeCheckpointRows(rows);
  const std::string log_id = log_.Id();
  db_.Transact([&](store::Tx& tx) { WriteCheckpoint(tx, rows, log_id); });
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  last_checkpoint_seconds_ = seconds;
  if (seconds > 0.5)  // only the large ones are news
    spdlog::info(nlohmann::json{
        {"msg", "usage checkpoint"},
        {"position", rows.position},
        {"cells", rows.cells.size()},
        {"people", rows.people.size()},
        {"seconds",
         seconds}}.dump());
}

void UsageApplier::Checkpoint() {
  std::lock_guard lock(checkpoint_mu_);
  // Checkpoints reach the database in the order taken: a later one holds only what changed
  // since the earlier, so the earlier must not land after it.
  if (writing_.valid()) writing_.get();
  auto started = std::chrono::steady_clock::now();
  CheckpointRows rows = TakeCheckpoint();
  WriteCheckpointRows(rows, started, false);
}

bool UsageApplier::StartCheckpoint() {
  std::lock_guard lock(checkpoint_mu_);
  if (writing_.valid()) {
    if (writing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    writing_.get();  // rethrows the last one's failure
  }
  auto started = std::chrono::steady_clock::now();
  auto rows = std::make_shared<CheckpointRows>(TakeCheckpoint());
  writing_ = std::async(std::launch::async, [this, rows, started] {
    pthread_setname_np(pthread_self(), "banso-checkpt");
    WriteCheckpointRows(*rows, started, true);
    PackIdle();
  });
  return true;
}

void UsageApplier::CheckCheckpointWrite() {
  std::lock_guard lock(checkpoint_mu_);
  if (writing_.valid() && writing_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    writing_.get();
}

void UsageApplier::PackIdle() {
  auto started = std::chrono::steady_clock::now();
  // A slice of accounts per lock: packing a bulk load's cells took half a second, and the
  // applier waited for it.
  constexpr size_t kSlice = 100;
  std::vector<long long> accounts = Read([](const UsageState& s) { return s.rollups.Accounts(); });
  size_t packed = 0;
  for (size_t at = 0; at < accounts.size(); at += kSlice) {
    {
      std::unique_lock lock(mu_);
      packed += state_.rollups.PackIdle(
          std::span(accounts).subspan(at, std::min(kSlice, accounts.size() - at)));
    }
    LetTheApplierIn(true);
  }
  if (packed == 0) return;
  ReturnFreeMemoryToSystem();  // the open cells' many small blocks
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (seconds > 0.1)
    spdlog::info(
        nlohmann::json{{"msg", "usage cells packed"}, {"cells", packed}, {"seconds", seconds}}
            .dump());
}

void UsageApplier::DiscardCheckpoint(store::Database& db) { db.Transact(DeleteCheckpoint); }

void UsageApplier::Restore() {
  // Read before leasing a connection: the PostgreSQL log leases one of its own, and a pool of
  // two (the CLI's) with the analytics role's held would wait for ever.
  const uint64_t log_end = log_.LastPosition();
  {
    // A checkpoint still being written lands first, so that what is loaded is the latest.
    std::lock_guard checkpoint(checkpoint_mu_);
    if (writing_.valid()) {
      try {
        writing_.get();
      } catch (const std::exception& e) {
        spdlog::warn(nlohmann::json{{"msg", "usage checkpoint failed"}, {"error", e.what()}}.dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
    }
  }
  std::unique_lock lock(mu_);
  state_ = UsageState();
  store::Session sql(db_.pool());
  CheckpointMark mark = ReadCheckpointMark(sql);
  // A checkpoint belongs to the log it was made from. Applied to another (a database restored
  // without its log, or beside an older one), new events would be skipped or misread for good.
  bool other_log = mark.log_id && *mark.log_id != log_.Id();
  if (other_log || static_cast<uint64_t>(mark.position) > log_end)
    throw Unavailable(
        "the usage checkpoint in the database was made from event log " +
        mark.log_id.value_or("(unnamed)") + " up to position " + std::to_string(mark.position) +
        ", but the event log here is " + log_.Id() + " and ends at " + std::to_string(log_end) +
        ": the database and the event log are not from the same copy. Restore both from one backup "
        "(banso restore), or run `banso events rebuild-usage` to rebuild usage from the log that "
        "is here");
  state_.position = static_cast<uint64_t>(mark.position);
  state_.events_applied = static_cast<uint64_t>(mark.events_applied);
  LoadCheckpoint(sql, state_);
  metrics_.applied_position = state_.position;
  metrics_.applied_events = state_.events_applied;
  ReturnFreeMemoryToSystem();  // the rows read were many small temporary blocks
}

}  // namespace banso::events
