#include "events/people.h"

#include <algorithm>
#include <cstring>

namespace banso::events {

std::string Person::SerializePending() const {
  std::string out;
  for (const PendingEvent& e : pending) {
    out.append(reinterpret_cast<const char*>(&e.day), 4);
    out.append(reinterpret_cast<const char*>(&e.name_id), 2);
  }
  return out;
}

void Person::DeserializePending(std::string_view data) {
  pending.clear();
  for (size_t at = 0; at + 6 <= data.size(); at += 6) {
    PendingEvent e;
    std::memcpy(&e.day, data.data() + at, 4);
    std::memcpy(&e.name_id, data.data() + at + 4, 2);
    pending.push_back(e);
  }
}

Person& PeopleDirectory::Create() {
  Person p;
  p.id = static_cast<uint32_t>(people_.size() + 1);
  p.dirty = true;
  people_.push_back(std::move(p));
  return people_.back();
}

Person* PeopleDirectory::FindUser(std::string_view user_id) {
  auto it = users_.find(user_id);
  return it == users_.end() ? nullptr : &Get(it->second);
}

Person* PeopleDirectory::FindAlias(std::string_view alias) {
  auto it = aliases_.find(alias);
  if (it == aliases_.end()) return nullptr;
  Person* p = &Get(it->second);
  while (p->merged_into) p = &Get(p->merged_into);
  return p;
}

Person& PeopleDirectory::CreateUser(std::string_view user_id) {
  Person& p = Create();
  p.user_id = std::string(user_id);
  users_.emplace(p.user_id, p.id);
  return p;
}

Person& PeopleDirectory::CreateAnonymous(std::string_view anonymous_id) {
  Person& p = Create();
  Alias(anonymous_id, p.id);
  return p;
}

void PeopleDirectory::Alias(std::string_view alias, uint32_t person) {
  auto [it, inserted] = aliases_.try_emplace(std::string(alias), person);
  if (!inserted) {
    if (it->second == person) return;
    it->second = person;
  }
  new_aliases_.emplace_back(it->first, person);
}

void PeopleDirectory::Merge(Person& from, Person& into) {
  if (from.id == into.id) return;
  from.merged_into = into.id;
  for (const PendingEvent& e : from.pending)
    if (into.pending.size() < kMaxPending) into.pending.push_back(e);
  from.pending.clear();
  if (into.first_seen == 0 || (from.first_seen && from.first_seen < into.first_seen))
    into.first_seen = from.first_seen;
  into.last_seen = std::max(into.last_seen, from.last_seen);
  into.events += from.events;
  from.dirty = into.dirty = true;
}

void PeopleDirectory::AssignUser(Person& p, std::string_view user_id) {
  p.user_id = std::string(user_id);
  users_.emplace(p.user_id, p.id);
  p.dirty = true;
}

void PeopleDirectory::SetAccount(Person& p, long long account) {
  if (p.account_id == account) return;
  if (p.account_id) {
    auto& old = by_account_[p.account_id];
    old.erase(std::remove(old.begin(), old.end(), p.id), old.end());
  }
  p.account_id = account;
  by_account_[account].push_back(p.id);
  p.dirty = true;
}

const std::vector<uint32_t>& PeopleDirectory::OfAccount(long long account) const {
  static const std::vector<uint32_t> kNone;
  auto it = by_account_.find(account);
  return it == by_account_.end() ? kNone : it->second;
}

std::vector<Person*> PeopleDirectory::TakeDirty() {
  std::vector<Person*> out;
  for (Person& p : people_)
    if (p.dirty) out.push_back(&p), p.dirty = false;
  return out;
}

std::vector<std::pair<std::string, uint32_t>> PeopleDirectory::TakeNewAliases() {
  std::vector<std::pair<std::string, uint32_t>> out;
  out.swap(new_aliases_);
  return out;
}

void PeopleDirectory::Restore(Person p) {
  for (size_t i = people_.size(); i < p.id; ++i) {
    people_.emplace_back();
    people_.back().id = static_cast<uint32_t>(i + 1);
  }
  if (!p.user_id.empty()) users_[p.user_id] = p.id;
  if (p.account_id) by_account_[p.account_id].push_back(p.id);
  uint32_t id = p.id;
  people_[id - 1] = std::move(p);
}

void PeopleDirectory::RestoreAlias(std::string alias, uint32_t person) {
  aliases_[std::move(alias)] = person;
}

}  // namespace banso::events
