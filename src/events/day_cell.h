#pragma once
// One account's usage on one UTC day: the events, their counts by event name, and the Roaring
// bitmap of the people who were active.
//
// A cell is open while events arrive for it: a bitmap and a counts vector that grow in place.
// A cell that has not changed for a while is packed into one block, its checkpoint form
// ([u32 events][u32 n][n x (u16 name id, u32 count)][portable Roaring]), and opened again if an
// event for its day comes. Packed, a typical cell takes ~4x less memory: an open bitmap is a
// few small allocations per 65,536-id range its people fall in. Most cells are history (only
// today's fill up), so most are packed.
#include <roaring/roaring.hh>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace banso::events {

class DayCell {
 public:
  int32_t day = 0;  // days since the epoch (UTC)
  uint32_t events = 0;
  uint32_t active = 0;   // distinct people
  bool dirty = false;    // changed since the last checkpoint
  bool touched = false;  // changed since the last Pack pass
  // Marked for the snapshot in progress (UsageRollups::BeginSnapshot). Mutable: the
  // checkpoint's thread clears it under the state's shared lock.
  mutable bool in_snapshot = false;

  DayCell() = default;
  explicit DayCell(int32_t d) : day(d) {}
  DayCell(DayCell&& other) noexcept;
  DayCell& operator=(DayCell&& other) noexcept;
  ~DayCell();

  void Add(uint32_t person, uint16_t name_id, uint32_t count);

  // The people: the open bitmap, or the packed one read into scratch.
  const Roaring& People(Roaring& scratch) const;
  bool HasPerson(uint32_t person) const;
  template <class Fn>  // fn(uint16_t name_id, uint32_t count), by name id
  void ForEachCount(Fn&& fn) const;

  // The checkpoint form. Restore validates it; active is computed when not known (-1).
  std::string Serialize() const;
  static bool Restore(std::string_view data, long long active, DayCell& cell);

  bool packed() const { return open_ == nullptr; }
  void Pack();
  size_t memory_bytes() const;

 private:
  struct Open {
    Roaring people;
    std::vector<std::pair<uint16_t, uint32_t>> counts;  // by name id
  };
  void Unpack();
  uint32_t PackedCountsSize() const;

  void SetPacked(std::string_view bytes);
  void FreePacked();

  std::unique_ptr<Open> open_;
  // When open_ is null: the packed form, in the PackedArena (null for a cell without events).
  char* packed_ = nullptr;
  uint32_t packed_size_ = 0;
};

template <class Fn>
void DayCell::ForEachCount(Fn&& fn) const {
  if (open_) {
    for (const auto& [name, count] : open_->counts) fn(name, count);
    return;
  }
  uint32_t n = PackedCountsSize();
  for (uint32_t i = 0; i < n; ++i) {
    uint16_t name;
    uint32_t count;
    std::memcpy(&name, packed_ + 8 + i * 6, 2);
    std::memcpy(&count, packed_ + 10 + i * 6, 4);
    fn(name, count);
  }
}

}  // namespace banso::events
