#include "customers/contact_store.h"

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/text.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

constexpr const char* kColumns =
    "id, version, account_id, external_id, name, email, title, role, phone, language, "
    "marketing_consent, departed, created_at, updated_at, name_key";

struct ContactRow {
  Contact c;
  std::string external_id, email, title, role, phone, language, name_key;
  int consent = 0, departed = 0;
  soci::indicator ext_i, email_i, title_i, role_i, phone_i, lang_i;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id.value));
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(c.account_id.value));
    st.exchange(soci::into(external_id, ext_i));
    st.exchange(soci::into(c.name));
    st.exchange(soci::into(email, email_i));
    st.exchange(soci::into(title, title_i));
    st.exchange(soci::into(role, role_i));
    st.exchange(soci::into(phone, phone_i));
    st.exchange(soci::into(language, lang_i));
    st.exchange(soci::into(consent));
    st.exchange(soci::into(departed));
    st.exchange(soci::into(c.created_at.ms));
    st.exchange(soci::into(c.updated_at.ms));
    st.exchange(soci::into(name_key));
  }
  Contact Get() const {
    Contact out = c;
    out.external_id = store::Nullable(external_id, ext_i);
    out.email = store::Nullable(email, email_i);
    out.title = store::Nullable(title, title_i);
    out.role = role_i == soci::i_ok ? EnumFromString<ContactRole>(role) : std::nullopt;
    out.phone = store::Nullable(phone, phone_i);
    out.language = store::Nullable(language, lang_i);
    out.marketing_consent = consent != 0;
    out.departed = departed != 0;
    return out;
  }
};

std::vector<Contact> Fetch(soci::session& sql, store::Query& q) {
  soci::statement st = q.Prepare(sql);
  ContactRow row;
  row.Bind(st);
  std::vector<Contact> out;
  store::ForEachRow(st, [&] { out.push_back(row.Get()); });
  return out;
}

store::Columns ColumnsOf(const Contact& c) {
  std::string search = c.name;
  for (const auto* part : {&c.email, &c.title, &c.external_id})
    if (*part) search += " " + **part;
  store::Columns cols;
  cols.Set("account_id", c.account_id.value)
      .Set("external_id", c.external_id)
      .Set("name", c.name)
      .Set("name_key", CollationKey(c.name))
      .Set("search_text", SearchKey(search))
      .Set("email", c.email)
      .Set("title", c.title)
      .Set("role", c.role ? std::optional<std::string>(EnumToString(*c.role)) : std::nullopt)
      .Set("phone", c.phone)
      .Set("language", c.language)
      .Set("marketing_consent", c.marketing_consent)
      .Set("departed", c.departed);
  return cols;
}

void CheckReferences(store::Tx& tx, const Contact& c) {
  if (!AccountStore::Find(tx, c.account_id)) throw Invalid("account_id", "no account has this id");
  if (!c.external_id) return;
  auto other = ContactStore::FindIdByExternalId(tx, *c.external_id);
  if (other && *other != c.id) throw Conflict("external_id", "another contact already has this external_id");
}

}  // namespace

std::optional<Contact> ContactStore::Find(store::Tx& tx, ContactId id) {
  store::Query q(std::string("SELECT ") + kColumns + " FROM contacts WHERE id = ");
  q.Bind(id.value);
  auto rows = Fetch(tx.sql(), q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Contact> ContactStore::FindMany(store::Tx& tx, const std::vector<ContactId>& ids) {
  if (ids.empty()) return {};
  store::Query q(std::string("SELECT ") + kColumns + " FROM contacts WHERE id IN (");
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) q << ", ";
    q.Bind(ids[i].value);
  }
  q << ")";
  return Fetch(tx.sql(), q);
}

std::optional<ContactId> ContactStore::FindIdByEmail(store::Tx& tx, AccountId account, const std::string& email) {
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

// How contacts are read, checked and written (auth/audited_record.h).
struct ContactRecord {
  using Model = Contact;
  using Id = ContactId;
  static constexpr const char* kTable = "contacts";
  static constexpr const char* kEntity = "contact";
  static std::optional<Contact> Find(store::Tx& tx, ContactId id) { return ContactStore::Find(tx, id); }
  static void Check(store::Tx& tx, Contact& c) {
    ValidateContact(c);
    CheckReferences(tx, c);
  }
  static store::Columns Columns(const Contact& c) { return ColumnsOf(c); }
  static nlohmann::json Json(const Contact& c) { return ToJson(c); }
};

Contact ContactStore::Create(const auth::Actor& actor, Contact c) {
  return auth::CreateRecord<ContactRecord>(db_, actor, std::move(c));
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
      sql, kColumns, add_filters, {"name_key", false, false}, query.cursor, query.limit,
      [&](store::Query& q) { return Fetch(sql, q); },
      [](const Contact& c) { return store::Cursor{CollationKey(c.name), c.id.value}; });
}

UpsertCounts ContactStore::Upsert(store::Tx& tx, std::vector<Contact>& contacts) {
  UpsertCounts counts;
  auto ids = store::LoadExternalIds(tx, "contacts");
  store::DeferredIndexes deferred(tx, "contacts", contacts.size());
  store::BulkWriter writer(tx, "contacts", Timestamp::Now().ms);
  for (Contact& c : contacts) {
    if (!c.id.valid() && c.external_id) {
      if (auto it = ids.find(*c.external_id); it != ids.end()) c.id = ContactId(it->second);
    }
    if (c.id.valid()) {
      writer.Overwrite(c.id.value, ColumnsOf(c));
      ++counts.updated;
    } else {
      c.id = ContactId(writer.Insert(ColumnsOf(c)));
      if (c.external_id) ids.emplace(*c.external_id, c.id.value);
      ++counts.inserted;
    }
  }
  writer.Flush();
  deferred.Rebuild();
  return counts;
}

}  // namespace banso::customers
