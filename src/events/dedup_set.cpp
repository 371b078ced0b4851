#include "events/dedup_set.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "events/crc32c.h"

namespace banso::events {
namespace {

static_assert(std::endian::native == std::endian::little,
              "a run stores the low 6 bytes of each key");

constexpr int kGroupBits = 16;
constexpr size_t kGroups = size_t{1} << kGroupBits;
constexpr int kLowBits = 64 - kGroupBits;
constexpr uint64_t kLowMask = (uint64_t{1} << kLowBits) - 1;
constexpr size_t kLowBytes = kLowBits / 8;
constexpr size_t kRecentInitial = 1 << 12;

constexpr char kSnapshotMagic[8] = {'B', 'N', 'S', 'O', 'D', 'D', 'P', '1'};

uint64_t Key(const Fingerprint& fp) { return fp.hi ? fp.hi : 1; }

// Maps a 64-bit hash onto [0, n) without division (Lemire's fast range reduction).
size_t Slot(uint64_t hash, size_t n) {
  return static_cast<size_t>((static_cast<unsigned __int128>(hash) * n) >> 64);
}

uint64_t LoadLow(const unsigned char* run, size_t i) {
  uint64_t v = 0;
  std::memcpy(&v, run + i * kLowBytes, kLowBytes);
  return v;
}
void StoreLow(unsigned char* run, size_t i, uint64_t v) {
  std::memcpy(run + i * kLowBytes, &v, kLowBytes);
}

bool Probe(const std::vector<uint64_t>& slots, uint64_t key) {
  size_t n = slots.size();
  for (size_t i = Slot(key, n);; i = i + 1 == n ? 0 : i + 1) {
    if (slots[i] == 0) return false;
    if (slots[i] == key) return true;
  }
}

void Place(std::vector<uint64_t>& slots, uint64_t key) {
  size_t n = slots.size();
  size_t i = Slot(key, n);
  while (slots[i] != 0) i = i + 1 == n ? 0 : i + 1;
  slots[i] = key;
}

}  // namespace

void DedupSet::FreeDeleter::operator()(unsigned char* p) const { std::free(p); }

size_t DedupSet::Day::Guess(uint64_t key, size_t& lo, size_t& hi) const {
  size_t g = key >> kLowBits;
  lo = g ? group_end[g - 1] : 0;
  hi = group_end[g];
  // The keys are uniform hashes, so interpolation lands within a few entries of the place.
  return lo + static_cast<size_t>((static_cast<unsigned __int128>(key & kLowMask) * (hi - lo)) >>
                                  kLowBits);
}

void DedupSet::Day::Prefetch(uint64_t key) const {
  if (recent_count > 0) __builtin_prefetch(&recent[Slot(key, recent.size())]);
  if (run_count > 0) {
    size_t lo, hi;
    __builtin_prefetch(run.get() + Guess(key, lo, hi) * kLowBytes);
  }
}

bool DedupSet::Day::Contains(uint64_t key) const {
  if (recent_count > 0 && Probe(recent, key)) return true;
  if (run_count == 0) return false;
  size_t lo, hi;
  size_t i = Guess(key, lo, hi);
  if (lo == hi) return false;
  uint64_t low = key & kLowMask;
  const unsigned char* r = run.get();
  if (LoadLow(r, i) < low) {
    while (++i < hi) {
      uint64_t v = LoadLow(r, i);
      if (v >= low) return v == low;
    }
    return false;
  }
  for (;; --i) {
    uint64_t v = LoadLow(r, i);
    if (v <= low) return v == low;
    if (i == lo) return false;
  }
}

void DedupSet::Day::Put(uint64_t key, size_t recent_max) {
  if (recent.empty()) recent.assign(std::min(kRecentInitial, recent_max), 0);
  if ((recent_count + 1) * 4 > recent.size() * 3) {  // load factor <= 0.75
    if (recent.size() < recent_max) {
      std::vector<uint64_t> bigger(recent.size() * 2, 0);
      for (uint64_t k : recent)
        if (k) Place(bigger, k);
      recent.swap(bigger);
    } else {
      Merge();
    }
  }
  Place(recent, key);
  ++recent_count;
}

void DedupSet::Day::Merge() {
  if (recent_count == 0) return;
  std::vector<uint64_t> keys;
  keys.reserve(recent_count);
  for (uint64_t& k : recent)
    if (k) keys.push_back(k), k = 0;
  recent_count = 0;
  std::sort(keys.begin(), keys.end());
  if (group_end.empty()) group_end.assign(kGroups, 0);

  size_t total = run_count + keys.size();
  // realloc of a large block remaps its pages instead of copying them. 8 bytes of slack: a
  // 6-byte load never reads past the end.
  void* grown = std::realloc(run.get(), total * kLowBytes + 8);
  if (!grown) throw std::bad_alloc();
  (void)run.release();
  run.reset(static_cast<unsigned char*>(grown));
  unsigned char* r = run.get();

  // Merge from the back, group by group, so that nothing is overwritten before it is read.
  size_t k = keys.size(), w = total;
  for (size_t g = kGroups; g-- > 0 && k > 0;) {
    size_t old_lo = g ? group_end[g - 1] : 0, i = group_end[g];
    group_end[g] = static_cast<uint32_t>(w);
    while (k > 0 && (keys[k - 1] >> kLowBits) == g) {
      uint64_t low = keys[k - 1] & kLowMask;
      while (i > old_lo && LoadLow(r, i - 1) > low) StoreLow(r, --w, LoadLow(r, --i));
      StoreLow(r, --w, low);
      --k;
    }
    size_t rest = i - old_lo;  // this group's older keys, all below the new ones
    w -= rest;
    if (w != old_lo) std::memmove(r + w * kLowBytes, r + old_lo * kLowBytes, rest * kLowBytes);
  }
  run_count = total;
}

DedupSet::Day& DedupSet::DayFor(int day) {
  for (auto it = days_.rbegin(); it != days_.rend(); ++it)
    if (it->day == day) return *it;
  // A new day: the earlier days take few new keys from now on, so their recent keys move into
  // their runs and the tables are freed.
  for (Day& d : days_)
    if (d.day < day && !d.recent.empty()) {
      d.Merge();
      std::vector<uint64_t>().swap(d.recent);
    }
  // Days arrive in order (receive time), apart from the clock stepping back: keep them sorted.
  auto pos = days_.begin();
  while (pos != days_.end() && pos->day < day) ++pos;
  Day d;
  d.day = day;
  return *days_.insert(pos, std::move(d));
}

void DedupSet::Prefetch(const Fingerprint& fp) const {
  for (const Day& d : days_) d.Prefetch(Key(fp));
}

bool DedupSet::Contains(const Fingerprint& fp) const {
  uint64_t key = Key(fp);
  for (const Day& d : days_)
    if (d.Contains(key)) return true;
  return false;
}

bool DedupSet::Insert(const Fingerprint& fp, int day) {
  if (Contains(fp)) return false;
  DayFor(day).Put(Key(fp), recent_max_);
  return true;
}

void DedupSet::Expire(int today) {
  while (!days_.empty() && days_.front().day <= today - window_days_ - 1) days_.pop_front();
}

size_t DedupSet::size() const {
  size_t n = 0;
  for (const Day& d : days_) n += d.recent_count + d.run_count;
  return n;
}

size_t DedupSet::memory_bytes() const {
  size_t n = 0;
  for (const Day& d : days_)
    n += d.recent.capacity() * 8 + d.group_end.capacity() * 4 +
         (d.run_count ? d.run_count * kLowBytes + 8 : 0);
  return n;
}

// ---- Snapshot --------------------------------------------------------------------------------
// [magic 8][window_days i32][log_end u64][days u32], then per day [day i32][count u64]
// [group_end: 65536 x u32][count x 6 bytes], then the CRC-32C of all that.

bool DedupSet::Save(const std::string& path, uint64_t log_end) {
  std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  uint32_t crc = 0;
  bool ok = true;
  auto put = [&](const void* data, size_t n) {
    crc = Crc32cExtend(crc, {static_cast<const char*>(data), n});
    ok = ok && std::fwrite(data, 1, n, f) == n;
  };
  put(kSnapshotMagic, sizeof kSnapshotMagic);
  int32_t window = window_days_;
  uint32_t count = static_cast<uint32_t>(days_.size());
  put(&window, 4);
  put(&log_end, 8);
  put(&count, 4);
  for (Day& d : days_) {
    d.Merge();
    if (d.group_end.empty()) d.group_end.assign(kGroups, 0);
    int32_t day = d.day;
    uint64_t n = d.run_count;
    put(&day, 4);
    put(&n, 8);
    put(d.group_end.data(), kGroups * 4);
    if (n) put(d.run.get(), n * kLowBytes);
  }
  ok = ok && std::fwrite(&crc, 1, 4, f) == 4;
  ok = std::fclose(f) == 0 && ok;
  if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) std::remove(tmp.c_str());
  return ok;
}

std::optional<DedupSet> DedupSet::Load(const std::string& path, int window_days, uint64_t log_end,
                                       size_t recent_max) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  uint32_t crc = 0;
  auto get = [&](void* data, size_t n) {
    if (std::fread(data, 1, n, f) != n) return false;
    crc = Crc32cExtend(crc, {static_cast<const char*>(data), n});
    return true;
  };
  std::optional<DedupSet> set;
  char magic[8];
  int32_t window;
  uint64_t end;
  uint32_t count;
  if (get(magic, 8) && std::memcmp(magic, kSnapshotMagic, 8) == 0 && get(&window, 4) &&
      window == window_days && get(&end, 8) && end == log_end && get(&count, 4) &&
      count <= 100000) {
    DedupSet s(window_days, recent_max);
    bool ok = true;
    for (uint32_t i = 0; ok && i < count; ++i) {
      Day d;
      int32_t day;
      uint64_t n;
      ok = get(&day, 4) && get(&n, 8) && n < (uint64_t{1} << 32);
      if (!ok) break;
      d.day = day;
      d.group_end.resize(kGroups);
      ok = get(d.group_end.data(), kGroups * 4) && d.group_end.back() == n;
      if (ok && n) {
        d.run.reset(static_cast<unsigned char*>(std::malloc(n * kLowBytes + 8)));
        ok = d.run && get(d.run.get(), n * kLowBytes);
      }
      d.run_count = n;
      s.days_.push_back(std::move(d));
    }
    uint32_t stored_crc, computed = crc;
    if (ok && std::fread(&stored_crc, 1, 4, f) == 4 && stored_crc == computed) set = std::move(s);
  }
  std::fclose(f);
  return set;
}

}  // namespace banso::events
