#include "revenue/contract_store.h"

#include <algorithm>

#include "auth/audit_log.h"
#include "core/error.h"
#include "revenue/revenue_movement_store.h"
#include "revenue/sql_util.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::revenue {
namespace {

constexpr const char* kColumns =
    "id, version, account_id, external_id, product, start_date, end_date, amount_minor, "
    "currency, billing_period, seats, created_at, updated_at";

// Binds the SELECT kColumns of one row and converts it to a Contract.
struct ContractRow {
  Contract c;
  std::string external_id, start, end, period;
  long long seats = 0;
  soci::indicator ext_i, end_i, seats_i;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id.value));
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(c.account_id.value));
    st.exchange(soci::into(external_id, ext_i));
    st.exchange(soci::into(c.product));
    st.exchange(soci::into(start));
    st.exchange(soci::into(end, end_i));
    st.exchange(soci::into(c.amount_minor));
    st.exchange(soci::into(c.currency));
    st.exchange(soci::into(period));
    st.exchange(soci::into(seats, seats_i));
    st.exchange(soci::into(c.created_at.ms));
    st.exchange(soci::into(c.updated_at.ms));
  }

  Contract Get() const {
    Contract out = c;
    out.external_id = store::Nullable(external_id, ext_i);
    out.start_date = Date::Parse(start).value_or(Date());
    out.end_date = end_i == soci::i_ok ? Date::Parse(end) : std::nullopt;
    out.billing_period = EnumFromString<BillingPeriod>(period).value_or(BillingPeriod::kMonthly);
    out.seats = store::Nullable(seats, seats_i);
    return out;
  }
};

std::vector<Contract> Fetch(soci::session& sql, store::Query& q) {
  soci::statement st = q.Prepare(sql);
  ContractRow row;
  row.Bind(st);
  std::vector<Contract> out;
  store::ForEachRow(st, [&] { out.push_back(row.Get()); });
  return out;
}

store::Columns ColumnsOf(const Contract& c) {
  store::Columns cols;
  cols.Set("account_id", c.account_id.value)
      .Set("external_id", c.external_id)
      .Set("product", c.product)
      .Set("start_date", c.start_date.ToString())
      .Set("end_date", c.end_date ? std::optional<std::string>(c.end_date->ToString()) : std::nullopt)
      .Set("amount_minor", c.amount_minor)
      .Set("currency", c.currency)
      .Set("billing_period", std::string(EnumToString(c.billing_period)))
      .Set("seats", c.seats);
  return cols;
}

// The accounts the contracts belong to now: one query per batch.
std::vector<AccountId> AccountsOf(store::Tx& tx, const std::vector<ContractId>& contracts) {
  std::vector<AccountId> accounts;
  ForEachBatch(contracts, [&](std::span<const ContractId> batch) {
    store::Query q("SELECT DISTINCT account_id FROM contracts WHERE id IN ");
    AppendInList(q, batch, [](ContractId c) { return c.value; });
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
  AppendInList(q, accounts, [](AccountId a) { return a.value; });
  q << " ORDER BY id FOR NO KEY UPDATE";
  q.Execute(tx.sql());
}

// Rewrites the revenue movements of the accounts from their contracts, and so their ARR.
void RecomputeRevenue(store::Tx& tx, std::vector<AccountId> accounts) {
  std::sort(accounts.begin(), accounts.end());
  accounts.erase(std::unique(accounts.begin(), accounts.end()), accounts.end());
  std::vector<RevenueMovement> movements;
  ForEachBatch(accounts, [&](std::span<const AccountId> batch) {
    LockAccounts(tx, batch);
    store::Query q(std::string("SELECT ") + kColumns + " FROM contracts WHERE account_id IN ");
    AppendInList(q, batch, [](AccountId a) { return a.value; });
    q << " ORDER BY account_id, id";
    std::vector<Contract> contracts = Fetch(tx.sql(), q);
    auto first = contracts.begin();
    for (AccountId account : batch) {  // both sorted by account
      auto last = std::find_if(first, contracts.end(), [&](const Contract& c) { return c.account_id != account; });
      std::vector<Contract> own(first, last);
      first = last;
      for (RevenueMovement& m : DeriveMovements(own)) movements.push_back(std::move(m));
    }
  });
  RevenueMovementStore::Replace(tx, accounts, movements, Date::Today());
}

NotFound NoContract(ContractId id) { return NotFound("no contract with id " + std::to_string(id.value)); }

}  // namespace

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
  store::Query q(std::string("SELECT ") + kColumns + " FROM contracts WHERE id = ");
  q.Bind(id.value);
  auto rows = Fetch(tx.sql(), q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
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

Contract ContractStore::Create(const auth::Actor& actor, Contract c) {
  return db_.Transact([&](store::Tx& tx) {
    Check(tx, c);
    c.id = ContractId(store::InsertRecord(tx, "contracts", ColumnsOf(c), Timestamp::Now().ms));
    RecomputeRevenue(tx, {c.account_id});
    Contract created = *Find(tx, c.id);
    auth::AuditLog::Record(tx, actor, "create", "contract", created.id.value, nullptr,
                           ToJson(created, Date::Today()));
    return created;
  });
}

Contract ContractStore::Get(ContractId id) {
  store::Session sql(db_.pool());
  store::Query q(std::string("SELECT ") + kColumns + " FROM contracts WHERE id = ");
  q.Bind(id.value);
  auto rows = Fetch(sql, q);
  if (rows.empty()) throw NoContract(id);
  return rows.front();
}

Contract ContractStore::Update(const auth::Actor& actor, ContractId id, long long expected_version,
                               const std::function<void(Contract&)>& change) {
  return db_.Transact([&](store::Tx& tx) {
    auto before = Find(tx, id);
    if (!before) throw NoContract(id);
    Contract c = *before;
    change(c);
    c.id = id;
    Check(tx, c);
    store::UpdateRecord(tx, "contracts", id.value, expected_version, ColumnsOf(c), Timestamp::Now().ms);
    RecomputeRevenue(tx, {before->account_id, c.account_id});
    Contract after = *Find(tx, id);
    Date today = Date::Today();
    auth::AuditLog::Record(tx, actor, "update", "contract", id.value, ToJson(*before, today),
                           ToJson(after, today));
    return after;
  });
}

void ContractStore::Delete(const auth::Actor& actor, ContractId id) {
  db_.Transact([&](store::Tx& tx) {
    auto before = Find(tx, id);
    if (!before) throw NoContract(id);
    store::DeleteRecord(tx, "contracts", id.value);  // its movements go with it (cascade)
    RecomputeRevenue(tx, {before->account_id});
    auth::AuditLog::Record(tx, actor, "delete", "contract", id.value, ToJson(*before, Date::Today()), nullptr);
  });
}

store::Page<Contract> ContractStore::List(const ContractQuery& query) {
  if (query.limit < 1 || query.limit > 500) throw Invalid("limit", "must be 1 to 500");
  std::optional<store::Cursor> after;
  if (query.cursor) after = store::DecodeCursor(*query.cursor);

  std::string today = Date::Today().ToString();
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
  page.total = Count(sql, count_q);

  store::Query list_q(std::string("SELECT ") + kColumns);
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
  page.items = Fetch(sql, list_q);
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
      writer.Overwrite(c.id.value, ColumnsOf(c));  // an import is authoritative: no version check
      ++counts.updated;
    } else {
      c.id = ContractId(writer.Insert(ColumnsOf(c)));
      if (c.external_id) ids.emplace(*c.external_id, c.id.value);
      ++counts.inserted;
    }
    touched.push_back(c.account_id);
  }
  writer.Flush();
  AnalyzeAfterBulkWrite(tx, "contracts", contracts.size());
  RecomputeRevenue(tx, std::move(touched));
  return counts;
}

}  // namespace banso::revenue
