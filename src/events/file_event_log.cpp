#include "events/file_event_log.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "auth/secrets.h"
#include "core/date.h"
#include "core/error.h"
#include "events/crc32c.h"

namespace banso::events {
namespace fs = std::filesystem;

namespace {

constexpr size_t kFrameHeader = 8;
constexpr uint32_t kMaxPayload = 1 << 20;  // a message is at most 32 KB; anything bigger is garbage
constexpr char kSidecarMagic[8] = {'B', 'N', 'S', 'I', 'D', 'S', '0', '2'};
constexpr char kIdFile[] = "log-id";

bool IsSegmentFile(const std::string& name) {
  return name.size() == 24 && (name.ends_with(".log") || name.ends_with(".ids"));
}

uint32_t Crc(std::string_view payload) { return Crc32c(payload); }

[[noreturn]] void IoError(const std::string& what) {
  throw Unavailable("event log: " + what + ": " + std::strerror(errno));
}

void WriteAll(int fd, const char* data, size_t size, uint64_t offset) {
  while (size > 0) {
    ssize_t n = pwrite(fd, data, size, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      IoError("write");
    }
    data += n;
    size -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
}

size_t ReadFully(int fd, char* data, size_t size, uint64_t offset) {
  size_t done = 0;
  while (done < size) {
    ssize_t n = pread(fd, data + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      IoError("read");
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  return done;
}

void SyncDirectory(const std::string& dir) {
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) IoError("open " + dir);
  fsync(fd);
  close(fd);
}

int Day(int64_t ms) { return Timestamp{ms}.date().days(); }

}  // namespace

std::string DefaultLogDir(const std::string& sqlite_path) { return sqlite_path + "-events"; }

void CopyFileDurably(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) throw Unavailable("cannot copy " + from + " to " + to + ": " + ec.message());
  int fd = open(to.c_str(), O_RDONLY | O_CLOEXEC);
  bool synced = fd >= 0 && fdatasync(fd) == 0;
  if (fd >= 0) close(fd);
  if (!synced) throw Unavailable("cannot make " + to + " durable");
}

FileEventLog::FileEventLog(FileEventLogOptions options) : options_(std::move(options)) {
  std::error_code ec;
  fs::create_directories(options_.dir, ec);
  if (ec) throw Unavailable("event log: cannot create " + options_.dir + ": " + ec.message());
  OpenIdentity();
  OpenSegments();
}

FileEventLog::~FileEventLog() {
  for (Segment& s : segments_) close(s.fd);
  if (id_fd_ >= 0) close(id_fd_);  // and with it the lock
}

void FileEventLog::OpenIdentity() {
  std::string path = options_.dir + "/" + kIdFile;
  id_fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0640);
  if (id_fd_ < 0) IoError("open " + path);
  if (flock(id_fd_, LOCK_EX | LOCK_NB) != 0)
    throw Unavailable("event log: " + options_.dir + " is in use by another banso process");
  char text[64];
  id_.assign(text, ReadFully(id_fd_, text, sizeof text, 0));
  while (!id_.empty() && (id_.back() == '\n' || id_.back() == ' ')) id_.pop_back();
  if (!id_.empty()) return;
  // A new log (or one from before logs had identities) gets one now.
  id_ = auth::RandomToken(16);
  std::string line = id_ + "\n";
  WriteAll(id_fd_, line.data(), line.size(), 0);
  if (fdatasync(id_fd_) != 0) IoError("sync " + path);
  SyncDirectory(options_.dir);
}

bool FileEventLog::IsOpenElsewhere(const std::string& dir) {
  int fd = open((dir + "/" + kIdFile).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool locked = flock(fd, LOCK_EX | LOCK_NB) != 0;
  close(fd);
  return locked;
}

uint64_t FileEventLog::CopyTo(const std::string& from, const std::string& to) {
  if (!fs::exists(fs::path(from) / kIdFile)) throw Invalid("events_dir", "no event log in " + from);
  std::error_code ec;
  if (!fs::create_directory(to, ec))
    throw Invalid("destination", to + " already exists or cannot be made");
  // The listing is taken once: a segment started after it holds only records committed after
  // the call began. A sidecar is copied before its segment, never describing more than the
  // copy holds but for the last segment, whose sidecar is not read (it is scanned instead).
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(from))
    if (IsSegmentFile(entry.path().filename().string()))
      names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return a.substr(0, 20) != b.substr(0, 20) ? a < b : a.ends_with(".ids");  // .ids before .log
  });
  uint64_t bytes = 0;
  CopyFileDurably(from + "/" + kIdFile, to + "/" + kIdFile);
  for (const std::string& name : names) {
    if (!fs::exists(fs::path(from) / name)) continue;  // a sidecar being replaced
    CopyFileDurably(from + "/" + name, to + "/" + name);
    if (name.ends_with(".log")) bytes += fs::file_size(fs::path(to) / name);
  }
  SyncDirectory(to);
  return bytes;
}

std::string FileEventLog::SegmentPath(uint64_t start) const {
  char name[32];
  std::snprintf(name, sizeof name, "%020llu", static_cast<unsigned long long>(start));
  return options_.dir + "/" + name;
}

void FileEventLog::OpenSegments() {
  std::vector<uint64_t> starts;
  for (const auto& entry : fs::directory_iterator(options_.dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() == 24 && name.ends_with(".log"))
      starts.push_back(std::stoull(name.substr(0, 20)));
  }
  std::sort(starts.begin(), starts.end());
  for (uint64_t start : starts) {
    int fd = open((SegmentPath(start) + ".log").c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) IoError("open segment");
    off_t size = lseek(fd, 0, SEEK_END);
    segments_.push_back({start, fd, static_cast<uint64_t>(size)});
  }
  if (segments_.empty()) {
    StartSegment(0);
    return;
  }
  // Only the last segment can end in a torn write; cut it at the last whole, valid frame.
  Segment& last = segments_.back();
  uint64_t valid = ScanSegment(last, [this](const EventRecord& r) {
    active_ids_.push_back({r.fingerprint.hi, r.fingerprint.lo, Day(r.received_ms)});
  });
  if (valid < last.size) {
    truncated_bytes_ = last.size - valid;
    if (ftruncate(last.fd, static_cast<off_t>(valid)) != 0) IoError("truncate torn tail");
    if (fdatasync(last.fd) != 0) IoError("sync");
    last.size = valid;
  }
  committed_end_.store(last.start + last.size, std::memory_order_release);
}

void FileEventLog::StartSegment(uint64_t start) {
  int fd = open((SegmentPath(start) + ".log").c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) IoError("create segment");
  SyncDirectory(options_.dir);
  std::lock_guard lock(mu_);
  segments_.push_back({start, fd, 0});
}

void FileEventLog::Seal() {
  // The sidecar is an optimisation: if it is missing or damaged, start-up scans the segment.
  std::string path = SegmentPath(segments_.back().start) + ".ids";
  std::string tmp = path + ".tmp";
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  if (fd >= 0) {
    int32_t max_day = INT32_MIN;
    for (const SidecarEntry& e : active_ids_) max_day = std::max(max_day, e.day);
    uint64_t count = active_ids_.size();
    std::string header(kSidecarMagic, sizeof kSidecarMagic);
    header.append(reinterpret_cast<const char*>(&count), 8);
    header.append(reinterpret_cast<const char*>(&max_day), 4);
    std::string_view body(reinterpret_cast<const char*>(active_ids_.data()),
                          active_ids_.size() * sizeof(SidecarEntry));
    uint32_t crc = Crc(body);
    header.append(reinterpret_cast<const char*>(&crc), 4);
    WriteAll(fd, header.data(), header.size(), 0);
    WriteAll(fd, body.data(), body.size(), header.size());
    fdatasync(fd);
    close(fd);
    fs::rename(tmp, path);
  }
  active_ids_.clear();
  StartSegment(segments_.back().start + segments_.back().size);
}

void FileEventLog::Append(std::span<const EventRecord* const> records, std::vector<char>& stored) {
  stored.assign(records.size(), 1);
  if (records.empty()) return;
  if (damaged_)
    throw Unavailable("event log: a failed write could not be cut off; restart the server");
  if (segments_.back().size >= options_.segment_bytes) Seal();
  buffer_.clear();
  size_t ids_before = active_ids_.size();
  for (const EventRecord* r : records) {
    size_t at = buffer_.size();
    buffer_.append(kFrameHeader, '\0');
    EncodeRecord(*r, buffer_);
    uint32_t len = static_cast<uint32_t>(buffer_.size() - at - kFrameHeader);
    uint32_t crc = Crc(std::string_view(buffer_).substr(at + kFrameHeader));
    std::memcpy(&buffer_[at], &len, 4);
    std::memcpy(&buffer_[at + 4], &crc, 4);
    active_ids_.push_back({r->fingerprint.hi, r->fingerprint.lo, Day(r->received_ms)});
  }
  Segment& s = segments_.back();
  try {
    WriteAll(s.fd, buffer_.data(), buffer_.size(), s.size);
    if (fdatasync(s.fd) != 0) IoError("fdatasync");
  } catch (...) {
    // Not stored (a full disk, say): the sidecar must not list them, and the part written is
    // cut, so that neither the next append nor a restart finds it. If it cannot be cut, the
    // log takes no more appends until restart (whose open cuts it).
    active_ids_.resize(ids_before);
    if (ftruncate(s.fd, static_cast<off_t>(s.size)) != 0 || fdatasync(s.fd) != 0) damaged_ = true;
    throw;
  }
  {
    std::lock_guard lock(mu_);
    s.size += buffer_.size();
  }
  committed_end_.store(s.start + s.size, std::memory_order_release);
}

uint64_t FileEventLog::ScanSegment(const Segment& s,
                                   const std::function<void(const EventRecord&)>& fn) {
  std::string chunk;
  uint64_t pos = 0;
  const size_t kChunk = 4 << 20;
  while (pos < s.size) {
    chunk.resize(std::min<uint64_t>(kChunk, s.size - pos));
    size_t got = ReadFully(s.fd, chunk.data(), chunk.size(), pos);
    size_t at = 0;
    while (at + kFrameHeader <= got) {
      uint32_t len, crc;
      std::memcpy(&len, &chunk[at], 4);
      std::memcpy(&crc, &chunk[at + 4], 4);
      if (len == 0 || len > kMaxPayload) return pos + at;
      if (at + kFrameHeader + len > got) {
        if (pos + at + kFrameHeader + len > s.size) return pos + at;  // torn
        break;                                                        // next chunk
      }
      std::string_view payload(&chunk[at + kFrameHeader], len);
      EventRecord r;
      if (Crc(payload) != crc || !DecodeRecord(payload, r)) return pos + at;
      fn(r);
      at += kFrameHeader + len;
    }
    if (at == 0) return pos;  // a frame larger than a chunk cannot be valid
    pos += at;
  }
  return pos;
}

uint64_t FileEventLog::ReadAfter(uint64_t after, size_t max_records,
                                 const std::function<void(uint64_t, const EventRecord&)>& fn) {
  thread_local std::string chunk;
  uint64_t end = committed_end_.load(std::memory_order_acquire);
  size_t count = 0;
  while (after < end && count < max_records) {
    Segment s;
    {
      std::lock_guard lock(mu_);
      auto it = std::upper_bound(segments_.begin(), segments_.end(), after,
                                 [](uint64_t pos, const Segment& seg) { return pos < seg.start; });
      if (it == segments_.begin())
        throw Unavailable("event log: no segment holds position " + std::to_string(after));
      s = *std::prev(it);  // a sealed segment ends exactly where the next one starts
    }
    if (after >= s.start + s.size) break;
    uint64_t limit = std::min(end, s.start + s.size);
    chunk.resize(std::min<uint64_t>(4 << 20, limit - after));
    size_t got = ReadFully(s.fd, chunk.data(), chunk.size(), after - s.start);
    size_t at = 0;
    while (at + kFrameHeader <= got && count < max_records) {
      uint32_t len, crc;
      std::memcpy(&len, &chunk[at], 4);
      std::memcpy(&crc, &chunk[at + 4], 4);
      if (at + kFrameHeader + len > got) break;
      std::string_view payload(&chunk[at + kFrameHeader], len);
      EventRecord r;
      if (len == 0 || Crc(payload) != crc || !DecodeRecord(payload, r))
        throw Unavailable("event log: damaged record at position " + std::to_string(after + at));
      at += kFrameHeader + len;
      fn(after + at, r);
      ++count;
    }
    if (at == 0)
      throw Unavailable("event log: unreadable record at position " + std::to_string(after));
    after += at;
  }
  return after;
}

void FileEventLog::ForEachFingerprint(int since_day,
                                      const std::function<void(const Fingerprint&, int)>& fn) {
  std::vector<Segment> sealed;
  {
    std::lock_guard lock(mu_);
    sealed.assign(segments_.begin(), segments_.end() - 1);
  }
  for (const Segment& s : sealed) {
    bool done = false;
    int fd = open((SegmentPath(s.start) + ".ids").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      char header[24];
      if (ReadFully(fd, header, sizeof header, 0) == sizeof header &&
          std::memcmp(header, kSidecarMagic, 8) == 0) {
        uint64_t count;
        int32_t max_day;
        uint32_t crc;
        std::memcpy(&count, header + 8, 8);
        std::memcpy(&max_day, header + 16, 4);
        std::memcpy(&crc, header + 20, 4);
        if (max_day < since_day) {
          done = true;
        } else {
          std::vector<SidecarEntry> entries(count);
          size_t bytes = count * sizeof(SidecarEntry);
          if (ReadFully(fd, reinterpret_cast<char*>(entries.data()), bytes, sizeof header) ==
                  bytes &&
              Crc({reinterpret_cast<const char*>(entries.data()), bytes}) == crc) {
            for (const SidecarEntry& e : entries)
              if (e.day >= since_day) fn({e.hi, e.lo}, e.day);
            done = true;
          }
        }
      }
      close(fd);
    }
    if (!done)
      ScanSegment(s, [&](const EventRecord& r) {
        if (Day(r.received_ms) >= since_day) fn(r.fingerprint, Day(r.received_ms));
      });
  }
  for (const SidecarEntry& e : active_ids_)
    if (e.day >= since_day) fn({e.hi, e.lo}, e.day);
}

size_t FileEventLog::segment_count() {
  std::lock_guard lock(mu_);
  return segments_.size();
}

}  // namespace banso::events
