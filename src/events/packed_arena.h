#pragma once
// Memory for packed usage cells (DayCell), apart from the general heap.
//
// Cells are packed when they go idle, freeing the open cells' many small blocks. Were the
// packed blocks taken from the general heap they would land among those freed blocks, and a
// page holding one could not be given back. Here they are laid end to end in chunks mapped for
// them alone, without per-block overhead; a chunk is unmapped when nothing in it is live.
//
// Thread-safe (the rollups of several services may pack at once in tests).
#include <cstddef>
#include <map>
#include <mutex>

namespace banso::events {

class PackedArena {
 public:
  static PackedArena& Shared();
  PackedArena() = default;
  PackedArena(const PackedArena&) = delete;
  PackedArena& operator=(const PackedArena&) = delete;
  ~PackedArena();

  char* Allocate(size_t bytes);
  void Release(const char* block, size_t bytes);
  size_t mapped_bytes() const;

 private:
  struct Chunk {
    size_t size = 0, used = 0, live = 0;
  };
  using Chunks = std::map<const char*, Chunk, std::greater<>>;
  void Unmap(Chunks::iterator it);  // under mu_

  mutable std::mutex mu_;
  Chunks chunks_;  // by base, highest first
  char* current_ = nullptr;
  size_t mapped_ = 0;
};

}  // namespace banso::events
