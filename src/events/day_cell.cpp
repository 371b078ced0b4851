#include "events/day_cell.h"

#include <algorithm>

#include "events/packed_arena.h"

namespace banso::events {
namespace {

constexpr size_t kHeader = 8;  // events, number of counts
constexpr size_t kCountBytes = 6;

std::string Build(uint32_t events, const std::vector<std::pair<uint16_t, uint32_t>>& counts,
                  const Roaring& people) {
  uint32_t n = static_cast<uint32_t>(counts.size());
  size_t at = kHeader + n * kCountBytes;
  std::string out(at + people.getSizeInBytes(true), '\0');
  std::memcpy(out.data(), &events, 4);
  std::memcpy(out.data() + 4, &n, 4);
  for (uint32_t i = 0; i < n; ++i) {
    std::memcpy(out.data() + kHeader + i * kCountBytes, &counts[i].first, 2);
    std::memcpy(out.data() + kHeader + i * kCountBytes + 2, &counts[i].second, 4);
  }
  people.write(out.data() + at, true);
  return out;
}

}  // namespace

DayCell::DayCell(DayCell&& o) noexcept
    : day(o.day),
      events(o.events),
      active(o.active),
      dirty(o.dirty),
      touched(o.touched),
      in_snapshot(o.in_snapshot),
      open_(std::move(o.open_)),
      packed_(std::exchange(o.packed_, nullptr)),
      packed_size_(std::exchange(o.packed_size_, 0)) {}

DayCell& DayCell::operator=(DayCell&& o) noexcept {
  if (this == &o) return *this;
  FreePacked();
  day = o.day;
  events = o.events;
  active = o.active;
  dirty = o.dirty;
  touched = o.touched;
  in_snapshot = o.in_snapshot;
  open_ = std::move(o.open_);
  packed_ = std::exchange(o.packed_, nullptr);
  packed_size_ = std::exchange(o.packed_size_, 0);
  return *this;
}

DayCell::~DayCell() { FreePacked(); }

void DayCell::SetPacked(std::string_view bytes) {
  FreePacked();
  packed_ = PackedArena::Shared().Allocate(bytes.size());
  std::memcpy(packed_, bytes.data(), bytes.size());
  packed_size_ = static_cast<uint32_t>(bytes.size());
}

void DayCell::FreePacked() {
  if (packed_) PackedArena::Shared().Release(packed_, packed_size_);
  packed_ = nullptr;
  packed_size_ = 0;
}

uint32_t DayCell::PackedCountsSize() const {
  uint32_t n = 0;
  if (packed_size_ >= kHeader) std::memcpy(&n, packed_ + 4, 4);
  return n;
}

void DayCell::Add(uint32_t person, uint16_t name_id, uint32_t count) {
  if (!open_) Unpack();
  events += count;
  if (open_->people.addChecked(person)) ++active;
  auto& counts = open_->counts;
  auto it = std::lower_bound(counts.begin(), counts.end(), name_id,
                             [](const auto& p, uint16_t n) { return p.first < n; });
  if (it != counts.end() && it->first == name_id)
    it->second += count;
  else
    counts.insert(it, {name_id, count});
  dirty = touched = true;
}

const Roaring& DayCell::People(Roaring& scratch) const {
  if (open_) return open_->people;
  if (packed_size_ == 0) {
    scratch = Roaring();
  } else {
    size_t at = kHeader + PackedCountsSize() * kCountBytes;
    scratch = Roaring::read(packed_ + at, true);
  }
  return scratch;
}

bool DayCell::HasPerson(uint32_t person) const {
  Roaring scratch;
  return People(scratch).contains(person);
}

std::string DayCell::Serialize() const {
  if (open_) return Build(events, open_->counts, open_->people);
  if (packed_size_ == 0) return Build(events, {}, Roaring());
  return std::string(packed_, packed_size_);
}

bool DayCell::Restore(std::string_view data, long long active, DayCell& cell) {
  if (data.size() < kHeader) return false;
  uint32_t events, n;
  std::memcpy(&events, data.data(), 4);
  std::memcpy(&n, data.data() + 4, 4);
  size_t at = kHeader + size_t{n} * kCountBytes;
  if (data.size() <= at) return false;
  size_t bitmap = data.size() - at;
  if (roaring_bitmap_portable_deserialize_size(data.data() + at, bitmap) != bitmap) return false;
  cell.events = events;
  if (active < 0)
    active = static_cast<long long>(Roaring::read(data.data() + at, true).cardinality());
  cell.active = static_cast<uint32_t>(active);
  cell.open_.reset();
  cell.SetPacked(data);
  return true;
}

void DayCell::Pack() {
  if (!open_) return;
  SetPacked(Build(events, open_->counts, open_->people));
  open_.reset();
}

void DayCell::Unpack() {
  auto open = std::make_unique<Open>();
  if (packed_size_ > 0) {
    uint32_t n = PackedCountsSize();
    open->counts.reserve(n);
    ForEachCount([&](uint16_t name, uint32_t count) { open->counts.emplace_back(name, count); });
    Roaring scratch;
    People(scratch);  // packed: reads into scratch
    open->people = std::move(scratch);
  }
  open_ = std::move(open);
  FreePacked();
}

size_t DayCell::memory_bytes() const {
  size_t n = sizeof(DayCell);
  if (open_)
    n += sizeof(Open) + open_->people.getSizeInBytes(false) + open_->counts.capacity() * 8;
  else
    n += packed_size_;
  return n;
}

}  // namespace banso::events
