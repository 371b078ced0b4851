#include "customers/contact_store.h"

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/text.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

std::string SearchTextOf(const Contact& c) {
  std::string text = c.name;
  for (const auto* part : {&c.email, &c.title, &c.external_id})
    if (*part) text += " " + **part;
  return SearchKey(text);
}

// How contacts are read, checked and written (auth/audited_record.h).
struct ContactRecord {
  using Model = Contact;
  using Id = ContactId;
  static constexpr const char* kEntity = "contact";
  static inline const store::ColumnTable<Contact> kColumns{
      "contacts",
      {
          store::Field<&Contact::account_id>("account_id"),
          store::Field<&Contact::external_id>("external_id"),
          store::Field<&Contact::name>("name"),
          store::Derived<Contact>("name_key",
                                  [](const Contact& c) { return CollationKey(c.name); }),
          store::Derived<Contact>("search_text", [](const Contact& c) { return SearchTextOf(c); }),
          store::Field<&Contact::email>("email"),
          store::Field<&Contact::title>("title"),
          store::Field<&Contact::role>("role"),
          store::Field<&Contact::phone>("phone"),
          store::Field<&Contact::language>("language"),
          store::Field<&Contact::marketing_consent>("marketing_consent"),
          store::Field<&Contact::departed>("departed"),
          store::Field<&Contact::departed_at>("departed_at"),
          store::Field<&Contact::previous_contact_id>("previous_contact_id"),
      }};
  static void Check(store::Tx& tx, Contact& c) {
    ValidateContact(c);
    StampDeparture(c, Timestamp::Now());
    if (!AccountStore::Find(tx, c.account_id))
      throw Invalid("account_id", "no account has this id");
    store::CheckExternalIdFree(tx, "contacts", "contact", c.external_id, c.id.value);
  }
  static nlohmann::json Json(const Contact& c) { return ToJson(c); }
};
const auto& kColumns = ContactRecord::kColumns;

}  // namespace

std::optional<Contact> ContactStore::Find(store::Tx& tx, ContactId id) {
  return kColumns.Find(tx.sql(), id.value);
}

std::vector<Contact> ContactStore::GetMany(const std::vector<ContactId>& ids) {
  store::Session sql(db_.pool());
  return kColumns.FindMany(sql, ids);
}

std::vector<Contact> ContactStore::FindMany(store::Tx& tx, const std::vector<ContactId>& ids) {
  return kColumns.FindMany(tx.sql(), ids);
}

long long ContactStore::CountCurrent(store::Tx& tx, AccountId account) {
  long long count = 0;
  tx.sql() << "SELECT COUNT(*) FROM contacts WHERE account_id = :a AND departed = 0",
      soci::use(account.value), soci::into(count);
  return count;
}

std::string ContactStore::EmailKey(AccountId account, std::string_view email) {
  return std::to_string(account.value) + '\n' + std::string(email);
}

std::unordered_map<std::string, std::vector<AccountId>> ContactStore::AccountsByEmail(
    const std::unordered_map<std::string, ContactId>& email_ids) {
  std::unordered_map<std::string, std::vector<AccountId>> accounts;
  for (const auto& [key, contact] : email_ids) {  // EmailKey: "account\nemail", once per pair
    size_t newline = key.find('\n');
    accounts[key.substr(newline + 1)].push_back(AccountId(std::stoll(key.substr(0, newline))));
  }
  return accounts;
}

std::unordered_map<std::string, ContactId> ContactStore::EmailIds(store::Tx& tx) {
  std::unordered_map<std::string, ContactId> ids;
  long long id = 0, account = 0;
  std::string email;
  soci::statement st = (tx.sql().prepare << "SELECT id, account_id, email FROM contacts "
                                            "WHERE email IS NOT NULL ORDER BY id",
                        soci::into(id), soci::into(account), soci::into(email));
  st.execute();
  while (st.fetch()) ids.emplace(EmailKey(AccountId(account), email), ContactId(id));
  return ids;
}

void ContactStore::CheckBelongs(store::Tx& tx, const std::string& field,
                                std::optional<ContactId> contact, AccountId account) {
  if (!contact) return;
  auto c = Find(tx, *contact);
  if (!c || c->account_id != account)
    throw Invalid(field, "no contact with this id belongs to the account");
}

std::optional<ContactId> ContactStore::FindIdByEmail(store::Tx& tx, AccountId account,
                                                     const std::string& email) {
  long long id = 0;
  tx.sql() << "SELECT id FROM contacts WHERE account_id = :a AND email = :e ORDER BY id LIMIT 1",
      soci::use(account.value), soci::use(email), soci::into(id);
  if (!tx.sql().got_data()) return std::nullopt;
  return ContactId(id);
}

std::optional<ContactId> ContactStore::FindIdByExternalId(store::Tx& tx, const std::string& ext) {
  long long id = 0;
  tx.sql() << "SELECT id FROM contacts WHERE external_id = :e", soci::use(ext), soci::into(id);
  if (!tx.sql().got_data()) return std::nullopt;
  return ContactId(id);
}

Contact ContactStore::Create(const auth::Actor& actor, Contact c) {
  return auth::CreateRecord<ContactRecord>(db_, actor, std::move(c));
}

std::pair<Contact, Contact> ContactStore::Move(const auth::Actor& actor, ContactId id, AccountId to,
                                               const Contact& at_new) {
  return db_.Transact([&](store::Tx& tx) {
    auto before = Find(tx, id);
    if (!before) throw NotFound(auth::NoSuchRecord<ContactRecord>(id));
    if (!AccountStore::Find(tx, to)) throw Invalid("account_id", "no account has this id");
    if (to == before->account_id)
      throw Invalid("account_id", "must be another account than the one they leave");
    long long already = 0;
    tx.sql() << "SELECT COUNT(*) FROM contacts WHERE previous_contact_id = :id",
        soci::use(id.value), soci::into(already);
    if (already > 0) throw Conflict("id", "this contact has already moved to another account");
    Contact left = UpdateIn(tx, actor, id, [](Contact& c) { c.departed = true; });
    Contact joined;
    joined.account_id = to;
    joined.name = before->name;
    joined.phone = before->phone;
    joined.language = before->language;
    joined.role = at_new.role;
    joined.title = at_new.title;
    joined.email = at_new.email;
    joined.previous_contact_id = id;
    return std::pair(left, CreateIn(tx, actor, joined));
  });
}

Contact ContactStore::CreateIn(store::Tx& tx, const auth::Actor& actor, Contact m) {
  return auth::CreateRecordIn<ContactRecord>(tx, actor, std::move(m));
}

Contact ContactStore::UpdateIn(store::Tx& tx, const auth::Actor& actor, ContactId id,
                               const std::function<void(Contact&)>& change) {
  return auth::UpdateRecordIn<ContactRecord>(tx, actor, id, std::nullopt, change);
}

Contact ContactStore::Get(ContactId id) { return auth::GetRecord<ContactRecord>(db_, id); }

Contact ContactStore::Update(const auth::Actor& actor, ContactId id, long long expected_version,
                             const std::function<void(Contact&)>& change) {
  return auth::UpdateRecord<ContactRecord>(db_, actor, id, expected_version, change);
}

void ContactStore::Delete(const auth::Actor& actor, ContactId id) {
  auth::DeleteRecord<ContactRecord>(db_, actor, id);
}

store::Page<Contact> ContactStore::List(const ContactQuery& query) {
  auto add_filters = [&](store::Query& q) {
    q << " FROM contacts WHERE 1=1";
    if (query.account_id) q << " AND account_id = ", q.Bind(query.account_id->value);
    if (query.q) {
      q << " AND search_text LIKE ";
      q.Bind("%" + EscapeLike(SearchKey(*query.q)) + "%") << " ESCAPE '\\'";
    }
    if (query.role) q << " AND role = ", q.Bind(std::string(EnumToString(*query.role)));
    if (query.departed) q << " AND departed = ", q.Bind(*query.departed);
  };
  store::Session sql(db_.pool());
  return store::ListPage<Contact>(
      db_, sql, kColumns.select_list(), add_filters, {"name_key", false, false}, query.cursor,
      query.limit, [&](store::Query& q) { return kColumns.Fetch(sql, q); },
      [](const Contact& c) {
        return store::Cursor{CollationKey(c.name), c.id.value};
      });
}

UpsertCounts ContactStore::Upsert(store::Tx& tx, std::vector<Contact>& contacts) {
  // A contact imported again as departed keeps the time they left, not the import's.
  const Timestamp now = Timestamp::Now();
  for (Contact& c : contacts) {
    if (c.departed && !c.departed_at && c.external_id)
      if (auto stored = kColumns.FindBy(tx.sql(), "external_id", *c.external_id))
        c.departed_at = stored->departed_at;
    StampDeparture(c, now);
  }
  return store::UpsertByExternalId(tx, kColumns, contacts);
}

}  // namespace banso::customers
