#pragma once
// The event log as append-only segment files (SQLite mode), in the style of LevelDB's log:
// each record is framed as [u32 length][u32 CRC-32C of the payload][payload], a group of records
// is written with one write() and made durable with one fdatasync(). At open, the last segment
// is scanned and cut at the first frame that is incomplete or fails its checksum: such a tail
// was never acknowledged (Append had not returned), so dropping it loses nothing.
//
// Segments are named by the global byte offset they start at; a record's position is the
// offset just past its end. When a segment is full it is sealed and a sidecar file (.ids)
// lists its records' fingerprints and receive days, so that the de-duplication window can be
// rebuilt at start-up without reading the events themselves.
//
// The directory holds a `log-id` file, a random identity made with the log, which the usage
// checkpoint records; the process holds an exclusive lock on it while the log is open, so that
// two servers never append to one log.
//
// Thread safety: one appender (the ingest committer) and any number of readers.
#include <atomic>
#include <mutex>
#include <string>

#include "events/event_log.h"

namespace banso::events {

// Where a SQLite database's event log lives unless configured: beside the file.
std::string DefaultLogDir(const std::string& sqlite_path);

// Copies a file and makes the copy durable (fdatasync) before returning; Unavailable on failure.
void CopyFileDurably(const std::string& from, const std::string& to);

struct FileEventLogOptions {
  std::string dir;
  uint64_t segment_bytes = 64ull << 20;
};

class FileEventLog : public EventLog {
 public:
  explicit FileEventLog(FileEventLogOptions options);
  ~FileEventLog() override;

  void Append(std::span<const EventRecord* const> records, std::vector<char>& stored) override;
  uint64_t ReadAfter(uint64_t after, size_t max_records,
                     const std::function<void(uint64_t, const EventRecord&)>& fn) override;
  uint64_t LastPosition() override { return committed_end_.load(std::memory_order_acquire); }
  bool DeduplicatesItself() const override { return false; }
  const std::string& Id() const override { return id_; }

  // Copies the log in `from` (open or not; a live log keeps being appended to) to the new
  // directory `to`: its identity, then every segment and sidecar as far as it reaches now.
  // Every record committed before the call is in the copy; a frame torn by an append in
  // progress is cut when the copy is opened. Returns the bytes of events copied.
  static uint64_t CopyTo(const std::string& from, const std::string& to);

  // True while a process has the log in `dir` open (a running server).
  static bool IsOpenElsewhere(const std::string& dir);

  // Fingerprints of the records received on or after since_day (days since the epoch).
  void ForEachFingerprint(int since_day, const std::function<void(const Fingerprint&, int)>& fn);

  // How many bytes the open found torn at the tail and cut (for logs and tests).
  uint64_t truncated_bytes() const { return truncated_bytes_; }
  size_t segment_count();

 private:
  struct Segment {
    uint64_t start = 0;
    int fd = -1;
    uint64_t size = 0;
  };
  struct SidecarEntry {
    uint64_t hi, lo;
    int32_t day;
  } __attribute__((packed));

  std::string SegmentPath(uint64_t start) const;
  void OpenIdentity();
  void OpenSegments();
  void StartSegment(uint64_t start);
  void Seal();
  // Scans a segment's frames from offset 0; returns the offset after the last valid one.
  uint64_t ScanSegment(const Segment& s, const std::function<void(const EventRecord&)>& fn);

  FileEventLogOptions options_;
  std::mutex mu_;  // guards segments_ (readers copy what they need)
  std::vector<Segment> segments_;
  std::atomic<uint64_t> committed_end_{0};
  std::vector<SidecarEntry> active_ids_;  // the active segment's, for its sidecar
  std::string buffer_;
  uint64_t truncated_bytes_ = 0;
  bool damaged_ = false;  // a failed append could not be cut off
  std::string id_;
  int id_fd_ = -1;  // holds the lock
};

}  // namespace banso::events
