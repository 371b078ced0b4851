#include "events/dedup_set.h"

namespace banso::events {
namespace {

uint64_t Key(const Fingerprint& fp) { return fp.hi ? fp.hi : 1; }

// Maps a 64-bit hash onto [0, n) without division (Lemire's fast range reduction).
size_t Slot(uint64_t hash, size_t n) {
  return static_cast<size_t>((static_cast<unsigned __int128>(hash) * n) >> 64);
}

constexpr size_t kInitialSlots = 1 << 12;

}  // namespace

bool DedupSet::Table::Contains(uint64_t key) const {
  size_t n = slots.size();
  for (size_t i = Slot(key, n);; i = i + 1 == n ? 0 : i + 1) {
    if (slots[i] == 0) return false;
    if (slots[i] == key) return true;
  }
}

void DedupSet::Table::Put(uint64_t key) {
  size_t n = slots.size();
  for (size_t i = Slot(key, n);; i = i + 1 == n ? 0 : i + 1) {
    if (slots[i] == 0) {
      slots[i] = key;
      ++count;
      return;
    }
  }
}

void DedupSet::Table::Grow() {
  std::vector<uint64_t> old;
  old.swap(slots);
  slots.assign(old.empty() ? kInitialSlots : old.size() * 2, 0);
  count = 0;
  for (uint64_t key : old)
    if (key) Put(key);
}

DedupSet::Table& DedupSet::TableFor(int day) {
  for (auto it = tables_.rbegin(); it != tables_.rend(); ++it)
    if (it->day == day) return *it;
  // Days arrive in order (receive time), apart from the clock stepping back: keep them sorted.
  auto pos = tables_.begin();
  while (pos != tables_.end() && pos->day < day) ++pos;
  Table t;
  t.day = day;
  t.slots.assign(kInitialSlots, 0);
  return *tables_.insert(pos, std::move(t));
}

bool DedupSet::Contains(const Fingerprint& fp) const {
  uint64_t key = Key(fp);
  for (const Table& t : tables_)
    if (t.Contains(key)) return true;
  return false;
}

bool DedupSet::Insert(const Fingerprint& fp, int day) {
  if (Contains(fp)) return false;
  Table& t = TableFor(day);
  if ((t.count + 1) * 10 > t.slots.size() * 8) t.Grow();  // load factor <= 0.8
  t.Put(Key(fp));
  return true;
}

void DedupSet::Expire(int today) {
  while (!tables_.empty() && tables_.front().day <= today - window_days_ - 1) tables_.pop_front();
}

size_t DedupSet::size() const {
  size_t n = 0;
  for (const Table& t : tables_) n += t.count;
  return n;
}

}  // namespace banso::events
