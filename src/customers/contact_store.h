#pragma once
// Contacts in the database: CRUD with optimistic concurrency and audit, lists, bulk upsert.
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "auth/actor.h"
#include "customers/account_store.h"
#include "customers/contact.h"
#include "store/database.h"
#include "store/paging.h"

namespace banso::customers {

struct ContactQuery {
  std::optional<AccountId> account_id;
  std::optional<std::string> q;  // name, email, title
  std::optional<ContactRole> role;
  std::optional<bool> departed;
  int limit = 50;
  std::optional<std::string> cursor;
};

class ContactStore {
 public:
  explicit ContactStore(store::Database& db) : db_(db) {}

  Contact Create(const auth::Actor& actor, Contact contact);
  Contact Get(ContactId id);
  std::vector<Contact> GetMany(const std::vector<ContactId>& ids);  // those that exist
  Contact Update(const auth::Actor& actor, ContactId id, long long expected_version,
                 const std::function<void(Contact&)>& change);
  void Delete(const auth::Actor& actor, ContactId id);
  store::Page<Contact> List(const ContactQuery& query);
  // The person left for another customer: marks the contact departed and creates their contact
  // at `to` (name, phone and language carried over; the role, title and email of the new job
  // from `at_new`), linked back through previous_contact_id, in one transaction, both audited.
  // Invalid("account_id") for an unknown account or the one they are at; Conflict("id") when
  // the contact has already moved. Returns {the departed contact, the new one}.
  std::pair<Contact, Contact> Move(const auth::Actor& actor, ContactId id, AccountId to,
                                   const Contact& at_new);

  static std::optional<Contact> Find(store::Tx& tx, ContactId id);
  // Throws Invalid(field) unless the contact (when given) is one of the account's people.
  static void CheckBelongs(store::Tx& tx, const std::string& field,
                           std::optional<ContactId> contact, AccountId account);
  // Those of the ids that exist, in one query (for a few hundred ids at most).
  static std::vector<Contact> FindMany(store::Tx& tx, const std::vector<ContactId>& ids);
  static std::optional<ContactId> FindIdByExternalId(store::Tx& tx, const std::string& external_id);
  // The account's contacts who have not departed.
  static long long CountCurrent(store::Tx& tx, AccountId account);
  // Every contact with an email, keyed by EmailKey(account, email): the lowest id of each (an
  // import looks contacts up here rather than querying once per row).
  static std::unordered_map<std::string, ContactId> EmailIds(store::Tx& tx);
  static std::string EmailKey(AccountId account, std::string_view email);
  // The accounts that have a contact with each email, from EmailIds' map.
  static std::unordered_map<std::string, std::vector<AccountId>> AccountsByEmail(
      const std::unordered_map<std::string, ContactId>& email_ids);
  // The lowest-id contact of the account with this email, if any.
  static std::optional<ContactId> FindIdByEmail(store::Tx& tx, AccountId account,
                                                const std::string& email);
  // The audited create and update, composed into the caller's transaction (the events module
  // creates and updates contacts while applying identify calls).
  static Contact CreateIn(store::Tx& tx, const auth::Actor& actor, Contact m);
  static Contact UpdateIn(store::Tx& tx, const auth::Actor& actor, ContactId id,
                          const std::function<void(Contact&)>& change);
  // Inserts new external ids, overwrites existing ones. Contacts must be validated.
  static UpsertCounts Upsert(store::Tx& tx, std::vector<Contact>& contacts);

 private:
  store::Database& db_;
};

}  // namespace banso::customers
