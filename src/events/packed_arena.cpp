#include "events/packed_arena.h"

#include <sys/mman.h>

#include <algorithm>

#include <new>

namespace banso::events {
namespace {

constexpr size_t kChunkBytes = 4 << 20;
constexpr size_t kAlign = 8;

}  // namespace

PackedArena& PackedArena::Shared() {
  static PackedArena* arena = new PackedArena();  // never destroyed: cells may outlive statics
  return *arena;
}

PackedArena::~PackedArena() {
  for (auto& [base, chunk] : chunks_) munmap(const_cast<char*>(base), chunk.size);
}

char* PackedArena::Allocate(size_t bytes) {
  size_t n = (bytes + kAlign - 1) & ~(kAlign - 1);
  std::lock_guard lock(mu_);
  char* base = current_;
  if (!base || chunks_.at(base).size - chunks_.at(base).used < n) {
    size_t size = std::max(n, kChunkBytes);
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    base = static_cast<char*>(p);
    chunks_[base] = Chunk{size, 0, 0};
    mapped_ += size;
    // A block larger than a chunk gets a mapping of its own; the current chunk stays current.
    if (n <= kChunkBytes) {
      if (current_ && chunks_.at(current_).live == 0) Unmap(chunks_.find(current_));
      current_ = base;
    }
  }
  Chunk& chunk = chunks_.at(base);
  char* block = base + chunk.used;
  chunk.used += n;
  chunk.live += n;
  return block;
}

void PackedArena::Unmap(Chunks::iterator it) {
  munmap(const_cast<char*>(it->first), it->second.size);
  mapped_ -= it->second.size;
  chunks_.erase(it);
}

void PackedArena::Release(const char* block, size_t bytes) {
  size_t n = (bytes + kAlign - 1) & ~(kAlign - 1);
  std::lock_guard lock(mu_);
  auto it = chunks_.lower_bound(block);  // the highest base <= block
  if (it == chunks_.end()) return;
  Chunk& chunk = it->second;
  chunk.live -= n;
  if (chunk.live == 0 && it->first != current_) Unmap(it);
}

size_t PackedArena::mapped_bytes() const {
  std::lock_guard lock(mu_);
  return mapped_;
}

}  // namespace banso::events
