#include "customers/account_store.h"

#include <atomic>
#include <unordered_set>

#include "auth/audited_record.h"
#include "auth/auth_service.h"
#include "core/error.h"
#include "core/text.h"
#include "customers/field_rules.h"
#include "customers/journey_stage.h"
#include "customers/journey_transition.h"
#include "customers/touch_model.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
std::unordered_map<std::string, long long> AccountStore::ExternalIds(store::Tx& tx) {
  return store::LoadExternalIds(tx, "accounts");
}

namespace {

std::string RenewalKey(const Account& a) {
  return a.renewal_date ? a.renewal_date->ToString() : "9999-12-31";
}

std::string SearchTextOf(const Account& a) {
  std::string text = a.name;
  for (const auto* part : {&a.name_kana, &a.external_id, &a.domain})
    if (*part) text += " " + **part;
  return SearchKey(text);
}

void CheckOwner(store::Tx& tx, const Account& a) {
  if (a.owner_id && !auth::AuthService::UserExists(tx, *a.owner_id))
    throw Invalid("owner_id", "no active user has this id");
}

void CheckExternalIdFree(store::Tx& tx, const Account& a) {
  if (!a.external_id) return;
  auto other = AccountStore::FindIdByExternalId(tx, *a.external_id);
  if (other && *other != a.id)
    throw Conflict("external_id", "another account already has this external_id");
}

// A new account without a stage starts in the first SMOT stage; any stage must exist.
void CheckStage(store::Tx& tx, Account& a) {
  auto stages = JourneyStageStore::ListIn(tx);
  if (a.journey_stage.empty()) {
    if (a.id.valid()) throw Invalid("journey_stage", "is required");
    a.journey_stage = JourneyStageStore::FirstOf(stages, MomentOfTruth::kSmot);
  }
  JourneyStageStore::Require(stages, a.journey_stage, "journey_stage");
}

// How accounts are read, checked and written (auth/audited_record.h).
struct AccountRecord {
  using Model = Account;
  using Id = AccountId;
  static constexpr const char* kEntity = "account";
  // Every column an API client can set, plus the derived sort and search keys.
  static inline const store::ColumnTable<Account> kColumns{
      "accounts",
      {
          store::Field<&Account::name>("name"),
          store::Field<&Account::name_kana>("name_kana"),
          store::Derived<Account>(
              "name_key",
              [](const Account& a) { return CollationKey(a.name_kana.value_or(a.name)); }),
          store::Derived<Account>("search_text", [](const Account& a) { return SearchTextOf(a); }),
          store::Field<&Account::external_id>("external_id"),
          store::Field<&Account::domain>("domain"),
          store::Field<&Account::industry>("industry"),
          store::Field<&Account::employee_band>("employee_band"),
          store::Field<&Account::country>("country"),
          store::Field<&Account::currency>("currency"),
          store::Field<&Account::owner_id>("owner_id"),
          store::Field<&Account::tier_override>("tier_override"),
          store::Field<&Account::tier_override_reason>("tier_override_reason"),
          store::Field<&Account::tier>("tier"),
          store::Field<&Account::journey_stage>("journey_stage"),
          store::Field<&Account::journey_stage_since>("journey_stage_since"),
          store::Field<&Account::start_date>("start_date"),
          store::Field<&Account::renewal_date>("renewal_date"),
          store::Derived<Account>("renewal_key", [](const Account& a) { return RenewalKey(a); }),
          store::Field<&Account::custom_attributes>("custom_attributes"),
          store::ReadOnlyField<&Account::arr_minor>("arr_minor"),  // kept by the revenue module
          store::ReadOnlyField<&Account::arr_reporting_minor>("arr_reporting_minor"),
          // Kept by the health module.
          store::ReadOnlyField<&Account::health_score_tenths>("health_score_tenths"),
          store::ReadOnlyField<&Account::health_band>("health_band"),
      }};
  static void Check(store::Tx& tx, Account& a) {
    ValidateAccount(a);
    CheckStage(tx, a);
    CheckOwner(tx, a);
    CheckExternalIdFree(tx, a);
    SetTier(a, TouchModelStore::In(tx), &tx);
  }
  // The tier in force for the account as it will be written (its stored ARR: revenue keeps
  // it); a change of an existing account's tier is recorded as a move.
  static void SetTier(Account& a, const TouchModel& model, store::Tx* tx) {
    Tier wanted = EffectiveTier(model, a);
    if (tx && a.id.valid() && wanted != a.tier)
      TouchModelStore::RecordMove(*tx, a.id, a.tier, wanted,
                                  a.tier_override ? "override" : "profile");
    a.tier = wanted;
  }
  static nlohmann::json Json(const Account& a) { return ToJson(a); }
};

const auto& kColumns = AccountRecord::kColumns;

}  // namespace

std::optional<Account> AccountStore::Find(store::Tx& tx, AccountId id) {
  return kColumns.Find(tx.sql(), id.value);
}

std::unordered_map<std::string, std::vector<AccountId>> AccountStore::IdsByName(store::Tx& tx) {
  std::unordered_map<std::string, std::vector<AccountId>> ids;
  long long id = 0;
  std::string name;
  soci::statement st = (tx.sql().prepare << "SELECT id, name FROM accounts ORDER BY id",
                        soci::into(id), soci::into(name));
  st.execute();
  while (st.fetch()) ids[SearchKey(name)].push_back(AccountId(id));
  return ids;
}

std::optional<AccountId> AccountStore::FindIdByDomain(store::Tx& tx, const std::string& domain) {
  long long id = 0;
  std::string lower;
  for (char c : domain) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  tx.sql() << "SELECT id FROM accounts WHERE domain = :d ORDER BY id LIMIT 1", soci::use(lower),
      soci::into(id);
  if (!tx.sql().got_data()) return std::nullopt;
  return AccountId(id);
}

std::optional<AccountId> AccountStore::FindIdByExternalId(store::Tx& tx, const std::string& ext) {
  long long id = 0;
  tx.sql() << "SELECT id FROM accounts WHERE external_id = :e", soci::use(ext), soci::into(id);
  if (!tx.sql().got_data()) return std::nullopt;
  return AccountId(id);
}

namespace {

// An update that records the journey transition when the stage changes.
Account UpdateTracked(store::Tx& tx, const auth::Actor& actor, AccountId id,
                      std::optional<long long> expected_version,
                      const std::function<void(Account&)>& change, const std::string& note = {}) {
  std::string before;
  const Timestamp now = Timestamp::Now();
  Account after =
      auth::UpdateRecordIn<AccountRecord>(tx, actor, id, expected_version, [&](Account& a) {
        before = a.journey_stage;
        change(a);
        if (a.journey_stage != before) a.journey_stage_since = now;
      });
  if (after.journey_stage != before)
    JourneyTransitionStore::RecordIn(
        tx, {TransitionBy(actor, id, before, after.journey_stage, now, note)});
  return after;
}

}  // namespace

Account AccountStore::Create(const auth::Actor& actor, Account a) {
  return db_.Transact([&](store::Tx& tx) { return CreateIn(tx, actor, std::move(a)); });
}

Account AccountStore::CreateIn(store::Tx& tx, const auth::Actor& actor, Account m) {
  const Timestamp now = Timestamp::Now();
  m.journey_stage_since = now;
  Account created = auth::CreateRecordIn<AccountRecord>(tx, actor, std::move(m));
  JourneyTransitionStore::RecordIn(
      tx, {TransitionBy(actor, created.id, std::nullopt, created.journey_stage, now)});
  return created;
}

Account AccountStore::UpdateIn(store::Tx& tx, const auth::Actor& actor, AccountId id,
                               const std::function<void(Account&)>& change) {
  return UpdateTracked(tx, actor, id, std::nullopt, change);
}

long long AccountStore::UpdateMany(const auth::Actor& actor, const std::vector<AccountId>& ids,
                                   const BulkChange& change) {
  if (!change.note.empty()) CheckText("note", change.note, 2000, false);
  return db_.Transact([&](store::Tx& tx) {
    if (change.journey_stage)
      JourneyStageStore::Require(JourneyStageStore::ListIn(tx), *change.journey_stage,
                                 "journey_stage");
    long long changed = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
      auto before = Find(tx, ids[i]);
      if (!before)
        throw Invalid("account_ids[" + std::to_string(i) + "]", "no account has this id");
      Account wanted = *before;
      if (change.owner_id) wanted.owner_id = *change.owner_id;
      if (change.tier_override) wanted.tier_override = *change.tier_override;
      if (change.tier_override_reason) wanted.tier_override_reason = change.tier_override_reason;
      if (!wanted.tier_override) wanted.tier_override_reason.reset();
      if (change.journey_stage) wanted.journey_stage = *change.journey_stage;
      if (wanted.owner_id == before->owner_id && wanted.tier_override == before->tier_override &&
          wanted.tier_override_reason == before->tier_override_reason &&
          wanted.journey_stage == before->journey_stage)
        continue;
      UpdateTracked(
          tx, actor, ids[i], std::nullopt,
          [&](Account& a) {
            a.owner_id = wanted.owner_id;
            a.tier_override = wanted.tier_override;
            a.tier_override_reason = wanted.tier_override_reason;
            a.journey_stage = wanted.journey_stage;
          },
          change.note);
      ++changed;
    }
    return changed;
  });
}

Account AccountStore::MoveIn(store::Tx& tx, const auth::Actor& actor, AccountId id,
                             std::optional<long long> expected_version, const std::string& to_stage,
                             const std::string& note) {
  return UpdateTracked(
      tx, actor, id, expected_version, [&](Account& a) { a.journey_stage = to_stage; }, note);
}

std::pair<Account, JourneyTransition> AccountStore::Move(const auth::Actor& actor, AccountId id,
                                                         std::optional<long long> expected_version,
                                                         const std::string& to_stage,
                                                         const std::string& note) {
  if (!note.empty()) CheckText("note", note, 2000, false);
  return db_.Transact([&](store::Tx& tx) {
    auto before = Find(tx, id);
    if (!before) throw NotFound("no account with id " + std::to_string(id.value));
    JourneyStageStore::Require(JourneyStageStore::ListIn(tx), to_stage, "to");
    if (before->journey_stage == to_stage)
      throw Invalid("to", "the account is already in stage \"" + to_stage + "\"");
    Account moved = MoveIn(tx, actor, id, expected_version, to_stage, note);
    return std::pair(moved, JourneyTransitionStore::ForAccount(tx, id).back());
  });
}

std::vector<JourneyTransition> AccountStore::Transitions(AccountId id) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return JourneyTransitionStore::ForAccount(reader, id);
}

Account AccountStore::Get(AccountId id) { return auth::GetRecord<AccountRecord>(db_, id); }

std::vector<Account> AccountStore::GetMany(const std::vector<AccountId>& ids) {
  store::Session sql(db_.pool());
  return kColumns.FindMany(sql, ids);
}

Account AccountStore::Update(const auth::Actor& actor, AccountId id, long long expected_version,
                             const std::function<void(Account&)>& change) {
  return db_.Transact(
      [&](store::Tx& tx) { return UpdateTracked(tx, actor, id, expected_version, change); });
}

namespace {
std::atomic<long long> deletions{0};
}  // namespace

void AccountStore::Delete(const auth::Actor& actor, AccountId id) {
  auth::DeleteRecord<AccountRecord>(db_, actor, id);
  ++deletions;
}

long long AccountStore::Deletions() { return deletions.load(); }

store::Page<Account> AccountStore::List(const AccountQuery& query) {
  // The same filters serve the count and the page.
  const Date today = clock_.Today();
  auto add_filters = [&](store::Query& where) {
    where << " FROM accounts WHERE 1=1";
    AppendAccountFilter(where, query, today);
    if (query.segment) AppendAccountFilter(where, *query.segment, today);
  };

  store::SortSpec sort;
  switch (query.sort) {
    case AccountSort::kName: sort.column = "name_key"; break;
    case AccountSort::kRenewalDate: sort.column = "renewal_key"; break;
    case AccountSort::kArr: sort = {"arr_reporting_minor", true}; break;
    case AccountSort::kCreated: sort = {"id", true}; break;
    case AccountSort::kHealth: sort = {"health_score_tenths", true}; break;
  }
  sort.descending = query.descending;
  auto key_of = [&](const Account& a) {
    switch (query.sort) {
      case AccountSort::kName:
        return store::Cursor{CollationKey(a.name_kana ? *a.name_kana : a.name), a.id.value};
      case AccountSort::kRenewalDate: return store::Cursor{RenewalKey(a), a.id.value};
      case AccountSort::kArr:
        return store::Cursor{std::to_string(a.arr_reporting_minor), a.id.value};
      case AccountSort::kHealth:
        return store::Cursor{std::to_string(a.health_score_tenths), a.id.value};
      case AccountSort::kCreated: break;
    }
    return store::Cursor{std::to_string(a.id.value), a.id.value};
  };
  store::Session sql(db_.pool());
  return store::ListPage<Account>(
      db_, sql, kColumns.select_list(), add_filters, sort, query.cursor, query.limit,
      [&](store::Query& q) { return kColumns.Fetch(sql, q); }, key_of);
}

std::vector<AccountId> AccountStore::Ids(const AccountQuery& query) {
  const Date today = clock_.Today();
  store::Query q("SELECT id FROM accounts WHERE 1=1");
  AppendAccountFilter(q, query, today);
  if (query.segment) AppendAccountFilter(q, *query.segment, today);
  q << " ORDER BY id";
  store::Session sql(db_.pool());
  soci::statement st = q.Prepare(sql);
  long long id = 0;
  st.exchange(soci::into(id));
  std::vector<AccountId> ids;
  store::ForEachRow(st, [&] { ids.emplace_back(id); });
  return ids;
}

UpsertCounts AccountStore::Upsert(store::Tx& tx, std::vector<Account>& accounts,
                                  bool record_transitions) {
  UpsertCounts counts;
  auto ids = ExternalIds(tx);
  const auto stages = JourneyStageStore::ListIn(tx);
  const std::string first_stage = JourneyStageStore::FirstOf(stages, MomentOfTruth::kSmot);
  const Timestamp now = Timestamp::Now();
  const auth::Actor importer = auth::Actor::System("import");
  std::vector<JourneyTransition> transitions;
  std::unordered_set<long long> active_users;
  for (long long user_id : auth::AuthService::ActiveUserIds(tx)) active_users.insert(user_id);
  const TouchModel touch_model = TouchModelStore::In(tx);
  store::DeferredIndexes deferred(tx, "accounts", accounts.size());
  store::BulkWriter writer(tx, "accounts", Timestamp::Now().ms);
  for (Account& a : accounts) {
    if (!a.id.valid() && a.external_id) {
      if (auto it = ids.find(*a.external_id); it != ids.end()) a.id = AccountId(it->second);
    }
    if (a.owner_id && !active_users.count(a.owner_id->value))
      throw Invalid("owner_id", "no active user has id " + std::to_string(a.owner_id->value));
    if (a.journey_stage.empty()) a.journey_stage = first_stage;
    JourneyStageStore::Require(stages, a.journey_stage, "journey_stage");
    if (a.id.valid()) {
      // The stored stage, to record a move: read one by one, as imports update few accounts.
      auto stored = Find(tx, a.id);
      if (stored && stored->journey_stage != a.journey_stage) {
        a.journey_stage_since = now;
        if (record_transitions)
          transitions.push_back(
              TransitionBy(importer, a.id, stored->journey_stage, a.journey_stage, now));
      }
      if (stored) a.arr_reporting_minor = stored->arr_reporting_minor, a.tier = stored->tier;
      AccountRecord::SetTier(a, touch_model, &tx);
      writer.Overwrite(a.id.value,
                       kColumns.Write(a));  // an import is authoritative: no version check
      ++counts.updated;
    } else {
      if (a.journey_stage_since.ms == 0) a.journey_stage_since = now;
      a.arr_reporting_minor = 0;  // no contracts yet
      AccountRecord::SetTier(a, touch_model, nullptr);
      a.id = AccountId(writer.Insert(kColumns.Write(a)));
      if (record_transitions)
        transitions.push_back(
            TransitionBy(importer, a.id, std::nullopt, a.journey_stage, a.journey_stage_since));
      if (a.external_id) ids.emplace(*a.external_id, a.id.value);
      ++counts.inserted;
    }
  }
  writer.Flush();
  deferred.Rebuild();
  JourneyTransitionStore::RecordIn(tx, transitions);
  return counts;
}

}  // namespace banso::customers
