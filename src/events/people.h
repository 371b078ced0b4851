#pragma once
// The people events are about, and how their identifiers connect: a userId, anonymousIds
// (before sign-in) and previousIds (alias) all lead to one person, whose dense id is what the
// rollups' bitmaps hold. Events of a person without an account yet (anonymous, or identified
// before any group call) wait in `pending` and are counted for the account once it is known:
// that is how anonymous activity is stitched to the user and their company.
//
// Not thread-safe: the EventService guards it.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/string_map.h"

namespace banso::events {

struct PendingEvent {
  int32_t day;
  uint16_t name_id;
};

struct Person {
  uint32_t id = 0;
  std::string user_id;  // "" for someone only known by an anonymousId
  long long contact_id = 0;
  long long account_id = 0;
  int64_t first_seen = 0, last_seen = 0;  // ms
  uint64_t events = 0;
  std::string traits;  // the latest identify traits (JSON object text)
  std::vector<PendingEvent> pending;
  uint32_t merged_into = 0;  // an anonymous person later identified as another
  bool dirty = false;
  bool contact_stale = false;  // identify traits to write to the contact

  std::string SerializePending() const;
  void DeserializePending(std::string_view data);
};

class PeopleDirectory {
 public:
  static constexpr size_t kMaxPending = 500;  // per person; older waiting events are dropped

  Person* FindUser(std::string_view user_id);
  Person* FindAlias(std::string_view alias);
  Person& CreateUser(std::string_view user_id);
  Person& CreateAnonymous(std::string_view anonymous_id);
  // alias now stands for person (anonymousId or previousId).
  void Alias(std::string_view alias, uint32_t person);
  // Folds `from` (e.g. an anonymous visitor) into `into`: its aliases and pending events.
  void Merge(Person& from, Person& into);
  // Makes an anonymous person the user (first identify of that anonymousId).
  void AssignUser(Person& p, std::string_view user_id);
  void SetAccount(Person& p, long long account);

  Person& Get(uint32_t id) { return people_[id - 1]; }
  const Person* Find(uint32_t id) const {
    return id >= 1 && id <= people_.size() ? &people_[id - 1] : nullptr;
  }
  const std::vector<uint32_t>& OfAccount(long long account) const;
  size_t size() const { return people_.size(); }

  // Checkpointing.
  std::vector<Person*> TakeDirty();
  std::vector<std::pair<std::string, uint32_t>> TakeNewAliases();
  void Restore(Person p);
  void RestoreAlias(std::string alias, uint32_t person);

 private:
  Person& Create();
  std::vector<Person> people_;  // index = id - 1
  StringMap<uint32_t> users_;
  StringMap<uint32_t> aliases_;
  std::unordered_map<long long, std::vector<uint32_t>> by_account_;
  std::vector<std::pair<std::string, uint32_t>> new_aliases_;
};

}  // namespace banso::events
