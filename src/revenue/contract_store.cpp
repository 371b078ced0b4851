#include "revenue/contract_store.h"

#include <algorithm>

#include "auth/audited_record.h"
#include "core/error.h"
#include "revenue/closed_period_store.h"
#include "revenue/revenue_movement_store.h"
#include "revenue/revenue_settings_store.h"
#include "store/batches.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::revenue {
namespace {

// How contracts are read, checked and written (auth/audited_record.h).
struct ContractRecord {
  using Model = Contract;
  using Id = ContractId;
  static constexpr const char* kEntity = "contract";
  static inline const store::ColumnTable<Contract> kColumns{
      "contracts",
      {
          store::Field<&Contract::account_id>("account_id"),
          store::Field<&Contract::external_id>("external_id"),
          store::Field<&Contract::product>("product"),
          store::Field<&Contract::start_date>("start_date"),
          store::Field<&Contract::end_date>("end_date"),
          store::Field<&Contract::amount_minor>("amount_minor"),
          store::Field<&Contract::currency>("currency"),
          store::Field<&Contract::billing_period>("billing_period"),
          store::Field<&Contract::seats>("seats"),
      }};
  static void Check(store::Tx& tx, Contract& c) { ContractStore::Check(tx, c); }
  static nlohmann::json Json(const Contract& c) { return ToJson(c, Date::Today()); }
};
const auto& kColumns = ContractRecord::kColumns;

// The accounts the contracts belong to now: one query per batch.
std::vector<AccountId> AccountsOf(store::Tx& tx, const std::vector<ContractId>& contracts) {
  std::vector<AccountId> accounts;
  store::ForEachBatch(contracts, [&](std::span<const ContractId> batch) {
    store::Query q("SELECT DISTINCT account_id FROM contracts WHERE id IN ");
    store::AppendInList(q, batch, [](ContractId c) { return c.value; });
    soci::statement st = q.Prepare(tx.sql());
    AccountId account;
    st.exchange(soci::into(account.value));
    store::ForEachRow(st, [&] { accounts.push_back(account); });
  });
  return accounts;
}

// PostgreSQL runs writers side by side: two contract changes of one account must not each
// rewrite its movements from a snapshot without the other's contract. Locking the accounts
// (in id order, so never in a cycle) makes the second wait, then read the first's contracts.
// NO KEY UPDATE leaves the contracts' foreign-key checks (KEY SHARE) unblocked. SQLite's
// BEGIN IMMEDIATE already runs one writer at a time.
void LockAccounts(store::Tx& tx, std::span<const AccountId> accounts) {
  if (tx.backend() != store::Backend::kPostgres) return;
  store::Query q("SELECT id FROM accounts WHERE id IN ");
  store::AppendInList(q, accounts, [](AccountId a) { return a.value; });
  q << " ORDER BY id FOR NO KEY UPDATE";
  q.Execute(tx.sql());
}

// Rewrites the revenue movements of the accounts from their contracts, and so their ARR, and
// restates the closed months the rewrite changes (as by `actor`). `before`: the accounts'
// movements before the change, when the change itself removed some (a deleted contract's go
// with it); read here otherwise.
void RecomputeRevenue(store::Tx& tx, std::vector<AccountId> accounts, Date today,
                      const auth::Actor& actor, const MovementsByAccount* before = nullptr) {
  const int grace_days = RevenueSettingsStore::In(tx).churn_grace_days;
  std::sort(accounts.begin(), accounts.end());
  accounts.erase(std::unique(accounts.begin(), accounts.end()), accounts.end());
  MovementsByAccount read_before;
  if (!before) {
    read_before = RevenueMovementStore::ByAccount(tx.sql(), std::span<const AccountId>(accounts));
    before = &read_before;
  }
  std::vector<RevenueMovement> movements;
  MovementsByAccount after;
  store::ForEachBatch(accounts, [&](std::span<const AccountId> batch) {
    LockAccounts(tx, batch);
    store::Query q("SELECT " + kColumns.select_list() + " FROM contracts WHERE account_id IN ");
    store::AppendInList(q, batch, [](AccountId a) { return a.value; });
    q << " ORDER BY account_id, id";
    std::vector<Contract> contracts = kColumns.Fetch(tx.sql(), q);
    auto first = contracts.begin();
    for (AccountId account : batch) {  // both sorted by account
      auto last = std::find_if(first, contracts.end(),
                               [&](const Contract& c) { return c.account_id != account; });
      std::vector<Contract> own(first, last);
      first = last;
      std::vector<RevenueMovement> derived = DeriveMovements(own, today, grace_days);
      if (!derived.empty()) after[account.value] = derived;
      for (RevenueMovement& m : derived) movements.push_back(std::move(m));
    }
  });
  RevenueMovementStore::Replace(tx, accounts, movements, today);
  ClosedPeriodStore::RestateIn(tx, actor, *before, after);
}

// The accounts with contracts, or those with an end in [from, to] (YYYY-MM-DD, inclusive).
std::vector<AccountId> AccountsWithEnds(store::Tx& tx, std::optional<Date> from,
                                        std::optional<Date> to) {
  store::Query q("SELECT DISTINCT account_id FROM contracts");
  if (from && to) {
    q << " WHERE end_date >= ";
    q.Bind(from->ToString()) << " AND end_date <= ";
    q.Bind(to->ToString());
  }
  q << " ORDER BY account_id";
  std::vector<AccountId> accounts;
  AccountId account;
  soci::statement st = q.Prepare(tx.sql());
  st.exchange(soci::into(account.value));
  store::ForEachRow(st, [&] { accounts.push_back(account); });
  return accounts;
}

}  // namespace

void ContractStore::RecomputeAllIn(store::Tx& tx) {
  RecomputeRevenue(tx, AccountsWithEnds(tx, std::nullopt, std::nullopt), Date::Today(),
                   auth::Actor::System("revenue settings"));
}

long long ContractStore::RefreshRenewals(std::optional<Date> day) {
  const Date today = day.value_or(clock_.Today());
  std::vector<AccountId> rewritten;
  long long count = db_.Transact([&](store::Tx& tx) {
    std::string as_of_text;
    soci::indicator as_of_i;
    tx.sql() << "SELECT movements_as_of FROM revenue_settings WHERE id = 1",
        soci::into(as_of_text, as_of_i);
    std::optional<Date> as_of;
    if (as_of_i == soci::i_ok) as_of = Date::Parse(as_of_text);
    if (as_of && *as_of >= today) {
      ClosedPeriodStore::CloseDueIn(tx, today);
      return 0LL;
    }
    // An end is certain on end + 1 + grace days: those that became so after as_of, up to today.
    const int grace = RevenueSettingsStore::In(tx).churn_grace_days;
    std::vector<AccountId> accounts =
        as_of ? AccountsWithEnds(tx, as_of->AddDays(-grace), today.AddDays(-grace - 1))
              : AccountsWithEnds(tx, std::nullopt, std::nullopt);
    // The ends that became certain first, so that a month closes with its churn.
    RecomputeRevenue(tx, accounts, today, auth::Actor::System("renewals"));
    ClosedPeriodStore::CloseDueIn(tx, today);
    std::string text = today.ToString();
    tx.sql() << "UPDATE revenue_settings SET movements_as_of = :d WHERE id = 1", soci::use(text);
    rewritten = accounts;
    return static_cast<long long>(accounts.size());
  });
  MovementRewrites::Note(rewritten);
  return count;
}

std::vector<RenewalDue> ContractStore::RenewalsDue(int within_days,
                                                   std::optional<AccountId> account,
                                                   std::optional<Date> day) {
  const Date today = day.value_or(clock_.Today());
  if (within_days < 0 || within_days > 730) throw Invalid("within_days", "must be from 0 to 730");
  return db_.Read([&](store::Tx& tx) {
    const int grace = RevenueSettingsStore::In(tx).churn_grace_days;
    // Ends from `grace` days ago on: an end before that is churn or was renewed.
    store::Query q("SELECT " + kColumns.select_list() +
                   " FROM contracts WHERE account_id IN (SELECT account_id FROM contracts WHERE "
                   "end_date >= ");
    q.Bind(today.AddDays(-grace).ToString()) << " AND end_date <= ";
    q.Bind(today.AddDays(within_days).ToString()) << ")";
    if (account) q << " AND account_id = ", q.Bind(account->value);
    q << " ORDER BY account_id, id";
    std::vector<Contract> contracts = kColumns.Fetch(tx.sql(), q);
    std::vector<RenewalDue> due;
    for (auto first = contracts.begin(); first != contracts.end();) {
      auto last = std::find_if(first, contracts.end(), [&](const Contract& c) {
        return c.account_id != first->account_id;
      });
      std::vector<Contract> own(first, last);
      for (const Contract& c : own) {
        if (!c.end_date || *c.end_date < today.AddDays(-grace) ||
            *c.end_date > today.AddDays(within_days) || RenewalStart(c, own, grace))
          continue;
        int days = *c.end_date - today;
        due.push_back({c, days < 0, days});
      }
      first = last;
    }
    std::sort(due.begin(), due.end(), [](const RenewalDue& a, const RenewalDue& b) {
      return a.days_until != b.days_until ? a.days_until < b.days_until
                                          : a.contract.id < b.contract.id;
    });
    return due;
  });
}

long long ContractStore::LicensedSeats(store::Tx& tx, AccountId account, Date day) {
  long long seats = 0;
  soci::indicator ind;
  std::string d = day.ToString();
  tx.sql() << "SELECT SUM(seats) FROM contracts WHERE account_id = :a AND start_date <= :d AND "
              "(end_date IS NULL OR end_date >= :d2)",
      soci::use(account.value), soci::use(d), soci::use(d), soci::into(seats, ind);
  return ind == soci::i_ok ? seats : 0;
}

std::optional<Contract> ContractStore::Find(store::Tx& tx, ContractId id) {
  return kColumns.Find(tx.sql(), id.value);
}

void ContractStore::Check(store::Tx& tx, Contract& c) {
  if (!c.account_id.valid()) throw Invalid("account_id", "is required");
  auto account = customers::AccountStore::Find(tx, c.account_id);
  if (!account) throw Invalid("account_id", "no account has this id");
  if (c.currency.empty()) c.currency = account->currency;
  ValidateContract(c);
  if (c.currency != account->currency)
    throw Invalid("currency", "must be the account's currency, " + account->currency);
}

// Each write rewrites the revenue of the accounts it touches in the same transaction.
// A write first closes the months due, so that a back-dated change to one is restated.
Contract ContractStore::Create(const auth::Actor& actor, Contract c) {
  const Date today = clock_.Today();
  Contract created = db_.Transact([&](store::Tx& tx) {
    ClosedPeriodStore::CloseDueIn(tx, today);
    Contract made = auth::CreateRecordIn<ContractRecord>(tx, actor, std::move(c));
    RecomputeRevenue(tx, {made.account_id}, today, actor);
    return made;
  });
  MovementRewrites::Note(std::vector<AccountId>{created.account_id});
  return created;
}

Contract ContractStore::Get(ContractId id) { return auth::GetRecord<ContractRecord>(db_, id); }

Contract ContractStore::Update(const auth::Actor& actor, ContractId id, long long expected_version,
                               const std::function<void(Contract&)>& change) {
  const Date today = clock_.Today();
  AccountId before;
  Contract updated = db_.Transact([&](store::Tx& tx) {
    ClosedPeriodStore::CloseDueIn(tx, today);
    Contract after =
        auth::UpdateRecordIn<ContractRecord>(tx, actor, id, expected_version, [&](Contract& c) {
          before = c.account_id;
          change(c);
        });
    RecomputeRevenue(tx, {before, after.account_id}, today, actor);
    return after;
  });
  MovementRewrites::Note(std::vector<AccountId>{before, updated.account_id});
  return updated;
}

void ContractStore::Delete(const auth::Actor& actor, ContractId id) {
  const Date today = clock_.Today();
  AccountId account;
  db_.Transact([&](store::Tx& tx) {
    ClosedPeriodStore::CloseDueIn(tx, today);
    std::optional<Contract> existing = Find(tx, id);
    if (!existing) throw NotFound("no contract with id " + std::to_string(id.value));
    account = existing->account_id;
    // Read before the delete: the contract's movements go with it (cascade).
    MovementsByAccount before =
        RevenueMovementStore::ByAccount(tx.sql(), std::vector<AccountId>{account});
    auth::DeleteRecordIn<ContractRecord>(tx, actor, id);
    RecomputeRevenue(tx, {account}, today, actor, &before);
  });
  MovementRewrites::Note(std::vector<AccountId>{account});
}

store::Page<Contract> ContractStore::List(const ContractQuery& query) {
  if (query.limit < 1 || query.limit > 500) throw Invalid("limit", "must be 1 to 500");
  std::optional<store::Cursor> after;
  if (query.cursor) after = store::DecodeCursor(*query.cursor);

  std::string today = clock_.Today().ToString();
  auto add_filters = [&](store::Query& q) {
    q << " FROM contracts WHERE 1=1";
    if (query.account_id) q << " AND account_id = ", q.Bind(query.account_id->value);
    if (query.status) {  // StatusOn() in SQL
      switch (*query.status) {
        case ContractStatus::kUpcoming: q << " AND start_date > ", q.Bind(today); break;
        case ContractStatus::kActive:
          q << " AND start_date <= ", q.Bind(today);
          q << " AND (end_date IS NULL OR end_date >= ", q.Bind(today) << ")";
          break;
        case ContractStatus::kEnded: q << " AND end_date < ", q.Bind(today); break;
      }
    }
  };
  store::Page<Contract> page;
  store::Session sql(db_.pool());
  store::Query count_q("SELECT COUNT(*)");
  add_filters(count_q);
  page.total = store::Count(sql, count_q);

  store::Query list_q("SELECT " + kColumns.select_list());
  add_filters(list_q);
  bool by_id = query.sort == ContractSort::kId;
  if (by_id) {
    // Keyset on id alone.
    if (after) list_q << (query.descending ? " AND id < " : " AND id > "), list_q.Bind(after->id);
    list_q << " ORDER BY id" << (query.descending ? " DESC" : "") << " LIMIT ";
    list_q.Bind(static_cast<long long>(query.limit) + 1);
  } else {
    store::AppendKeyset(list_q, {"start_date", false, query.descending}, after, query.limit);
  }
  page.items = kColumns.Fetch(sql, list_q);
  store::FinishPage(page, query.limit, [&](const Contract& c) {
    return store::Cursor{by_id ? "" : c.start_date.ToString(), c.id.value};
  });
  return page;
}

customers::UpsertCounts ContractStore::Upsert(store::Tx& tx, std::vector<Contract>& contracts) {
  auto ids = store::LoadExternalIds(tx, "contracts");
  auto existing_id = [&](const Contract& c) {
    if (c.id.valid() || !c.external_id) return c.id;
    auto it = ids.find(*c.external_id);
    return it != ids.end() ? ContractId(it->second) : ContractId();
  };
  // An overwritten contract may move to another account, whose revenue changes too.
  std::vector<ContractId> existing;
  for (const Contract& c : contracts)
    if (ContractId id = existing_id(c); id.valid()) existing.push_back(id);
  std::vector<AccountId> touched = AccountsOf(tx, existing);

  customers::UpsertCounts counts;
  store::BulkWriter writer(tx, "contracts", Timestamp::Now().ms);
  for (Contract& c : contracts) {
    c.id = existing_id(c);  // after the inserts before it: a repeated external id updates
    if (c.id.valid()) {
      writer.Overwrite(c.id.value,
                       kColumns.Write(c));  // an import is authoritative: no version check
      ++counts.updated;
    } else {
      c.id = ContractId(writer.Insert(kColumns.Write(c)));
      if (c.external_id) ids.emplace(*c.external_id, c.id.value);
      ++counts.inserted;
    }
    touched.push_back(c.account_id);
  }
  writer.Flush();
  store::AnalyzeAfterBulkWrite(tx, "contracts", contracts.size());
  RecomputeRevenue(tx, std::move(touched), Date::Today(), auth::Actor::System("import"));
  return counts;
}

}  // namespace banso::revenue
