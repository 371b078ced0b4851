#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "core/clock.h"
#include "events/crc32c.h"
#include "events/dedup_set.h"
#include "events/event_ingest.h"
#include "events/file_event_log.h"

namespace banso::events {
namespace {

class TempDir {
 public:
  TempDir()
      : path_(std::filesystem::temp_directory_path() /
              ("banso_log_" + std::to_string(getpid()) + "_" + std::to_string(counter_++))) {
    std::filesystem::remove_all(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string str() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}
void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

struct Message {
  std::string id, json;
  EventRecord record(uint32_t source = 1, int64_t received = 1795000000000) const {
    EventRecord r;
    r.type = EventType::kTrack;
    r.source_id = source;
    r.message_id = id;
    r.user_id = "user";
    r.name = "clicked";
    r.json = json;
    r.timestamp_ms = r.received_ms = received;
    r.fingerprint = MessageFingerprint(source, id);
    return r;
  }
};

std::vector<std::string> ReadAll(EventLog& log) {
  std::vector<std::string> ids;
  uint64_t at = 0;
  for (;;) {
    uint64_t next = log.ReadAfter(
        at, 1000, [&](uint64_t, const EventRecord& r) { ids.emplace_back(r.message_id); });
    if (next == at) break;
    at = next;
  }
  return ids;
}

void Append(EventLog& log, const std::vector<Message>& messages) {
  std::vector<EventRecord> records;
  for (const auto& m : messages) records.push_back(m.record());
  std::vector<const EventRecord*> ptrs;
  for (const auto& r : records) ptrs.push_back(&r);
  std::vector<char> stored;
  log.Append(ptrs, stored);
}

TEST(FileEventLog, ReadsBackWhatWasAppendedAcrossSegmentsAndReopens) {
  TempDir dir;
  std::vector<std::string> expected;
  {
    FileEventLog log({dir.str(), 4096});  // tiny segments: many seals
    for (int batch = 0; batch < 30; ++batch) {
      std::vector<Message> ms;
      for (int i = 0; i < 10; ++i) {
        std::string id = "m" + std::to_string(batch * 10 + i);
        ms.push_back({id, R"({"event":"clicked","n":)" + std::to_string(i) + "}"});
        expected.push_back(id);
      }
      Append(log, ms);
    }
    EXPECT_GT(log.segment_count(), 5u);
    EXPECT_EQ(ReadAll(log), expected);
  }
  FileEventLog reopened({dir.str(), 4096});
  EXPECT_EQ(reopened.truncated_bytes(), 0u);
  EXPECT_EQ(ReadAll(reopened), expected);
  // The de-duplication window is rebuilt from the sidecars and the open segment.
  size_t fingerprints = 0;
  reopened.ForEachFingerprint(0, [&](const Fingerprint&, int) { ++fingerprints; });
  EXPECT_EQ(fingerprints, expected.size());
}

TEST(FileEventLog, CutsATornTailAtOpen) {
  TempDir dir;
  {
    FileEventLog log({dir.str()});
    Append(log, {{"a", "{}"}, {"b", "{}"}});
  }
  std::string segment;
  for (const auto& e : std::filesystem::directory_iterator(dir.str()))
    if (e.path().extension() == ".log") segment = e.path().string();
  auto whole = std::filesystem::file_size(segment);
  {
    // A write that the crash interrupted: a frame header promising more than is there.
    std::ofstream out(segment, std::ios::app | std::ios::binary);
    uint32_t len = 300, crc = 7;
    out.write(reinterpret_cast<const char*>(&len), 4).write(reinterpret_cast<const char*>(&crc), 4)
        << "partial";
  }
  FileEventLog log({dir.str()});
  EXPECT_EQ(log.truncated_bytes(), 15u);
  EXPECT_EQ(std::filesystem::file_size(segment), whole);
  EXPECT_EQ(ReadAll(log), (std::vector<std::string>{"a", "b"}));
  Append(log, {{"c", "{}"}});
  EXPECT_EQ(ReadAll(log), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(FileEventLog, CutsARecordWhoseChecksumFails) {
  TempDir dir;
  {
    FileEventLog log({dir.str()});
    Append(log, {{"a", "{}"}});
    Append(log, {{"b", R"({"x":1})"}});
  }
  std::string segment;
  for (const auto& e : std::filesystem::directory_iterator(dir.str()))
    if (e.path().extension() == ".log") segment = e.path().string();
  {
    std::fstream f(segment, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(-2, std::ios::end);
    f.put('#');  // flip a byte of the last record's JSON
  }
  FileEventLog log({dir.str()});
  EXPECT_GT(log.truncated_bytes(), 0u);
  EXPECT_EQ(ReadAll(log), (std::vector<std::string>{"a"}));
}

TEST(Crc32c, MatchesTheCastagnoliCheckValue) {
  EXPECT_EQ(Crc32c("123456789"), 0xE3069283u);
  EXPECT_EQ(Crc32c(""), 0u);
  std::string long_text(1000, 'x');
  EXPECT_NE(Crc32c(long_text), Crc32c(long_text.substr(1)));
}

TEST(DedupSet, RemembersMessagesForTheWindowAndForgetsAfter) {
  DedupSet set(7);
  Fingerprint a = MessageFingerprint(1, "a"), b = MessageFingerprint(1, "b"),
              other = MessageFingerprint(2, "a");
  EXPECT_TRUE(set.Insert(a, 100));
  EXPECT_FALSE(set.Insert(a, 100));
  EXPECT_FALSE(set.Insert(a, 105));     // a retry days later, still in the window
  EXPECT_TRUE(set.Insert(other, 100));  // the same messageId from another source is another message
  EXPECT_TRUE(set.Insert(b, 101));
  set.Expire(107);
  EXPECT_TRUE(set.Contains(a));
  set.Expire(108);  // day 100 left the 7-day window
  EXPECT_FALSE(set.Contains(a));
  EXPECT_TRUE(set.Contains(b));
  // Growth keeps everything.
  for (int i = 0; i < 100000; ++i)
    ASSERT_TRUE(set.Insert(MessageFingerprint(3, std::to_string(i)), 108));
  for (int i = 0; i < 100000; i += 997)
    ASSERT_FALSE(set.Insert(MessageFingerprint(3, std::to_string(i)), 108));
}

TEST(DedupSet, MergedRunsKeepEveryKeyExactly) {
  // A recent table of 256 slots merges into the sorted run every 192 keys.
  DedupSet set(7, 256);
  std::vector<Fingerprint> in, out;
  for (int i = 0; i < 20000; ++i) in.push_back(MessageFingerprint(1, "in-" + std::to_string(i)));
  for (int i = 0; i < 20000; ++i) out.push_back(MessageFingerprint(1, "out-" + std::to_string(i)));
  for (size_t i = 0; i < in.size(); ++i) {
    ASSERT_TRUE(set.Insert(in[i], 100 + static_cast<int>(i % 3)));
    if (i % 1000 == 0) {  // the earlier keys are found while later ones are merged in
      for (size_t j = 0; j <= i; j += 97) ASSERT_TRUE(set.Contains(in[j])) << j;
    }
  }
  EXPECT_EQ(set.size(), in.size());
  for (const Fingerprint& fp : in) ASSERT_FALSE(set.Insert(fp, 102));
  for (const Fingerprint& fp : out) ASSERT_FALSE(set.Contains(fp));
  // Keys that share their top 16 bits and differ only below, and the extremes.
  DedupSet edge(7, 256);
  for (uint64_t low :
       {uint64_t{0}, uint64_t{1}, uint64_t{0xFFFFFFFFFFFF}, uint64_t{0x800000000000}})
    for (uint64_t top : {uint64_t{1}, uint64_t{0xABCD}, uint64_t{0xFFFF}})
      ASSERT_TRUE(edge.Insert({(top << 48) | low, 0}, 100));
  for (int i = 0; i < 1000; ++i)
    ASSERT_TRUE(edge.Insert(MessageFingerprint(2, std::to_string(i)), 100));
  for (uint64_t low :
       {uint64_t{0}, uint64_t{1}, uint64_t{0xFFFFFFFFFFFF}, uint64_t{0x800000000000}})
    for (uint64_t top : {uint64_t{1}, uint64_t{0xABCD}, uint64_t{0xFFFF}}) {
      EXPECT_TRUE(edge.Contains({(top << 48) | low, 0}));
      EXPECT_FALSE(edge.Contains({(top << 48) | (low ^ 2), 0}));
    }
}

TEST(DedupSet, SnapshotRoundTripsAndIsRefusedWhenStaleOrDamaged) {
  TempDir dir;
  std::filesystem::create_directories(dir.str());
  std::string path = dir.str() + "/dedup.snapshot";
  DedupSet set(7, 256);
  for (int i = 0; i < 5000; ++i)
    ASSERT_TRUE(set.Insert(MessageFingerprint(1, std::to_string(i)), 100 + i % 4));
  ASSERT_TRUE(set.Save(path, 12345));
  auto loaded = DedupSet::Load(path, 7, 12345, 256);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->size(), 5000u);
  for (int i = 0; i < 5000; ++i)
    ASSERT_FALSE(loaded->Insert(MessageFingerprint(1, std::to_string(i)), 104));
  EXPECT_TRUE(loaded->Insert(MessageFingerprint(1, "new"), 104));
  loaded->Expire(108);  // day 100 left the window
  EXPECT_FALSE(loaded->Contains(MessageFingerprint(1, "0")));
  EXPECT_TRUE(loaded->Contains(MessageFingerprint(1, "1")));
  // The log moved on since the save, or the window changed: rebuild instead.
  EXPECT_FALSE(DedupSet::Load(path, 7, 12346));
  EXPECT_FALSE(DedupSet::Load(path, 8, 12345));
  EXPECT_FALSE(DedupSet::Load(dir.str() + "/missing", 7, 12345));
  // One flipped byte fails the checksum.
  std::string bytes = ReadFile(path);
  bytes[bytes.size() / 2] ^= 1;
  WriteFile(path, bytes);
  EXPECT_FALSE(DedupSet::Load(path, 7, 12345));
}

TEST(EventIngest, ConcurrentRetriesOfOneMessageAreStoredOnce) {
  TempDir dir;
  FileEventLog log({dir.str()});
  EventMetrics metrics;
  // The window expires days by this clock, so the messages are received on its today.
  ManualClock clock(Timestamp{1795000000000});
  EventIngest ingest(log, DedupSet(7), metrics, clock);
  std::vector<std::thread> threads;
  std::atomic<size_t> stored{0}, duplicates{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        // Every thread sends the same 200 messages (as 8 retrying clients would), plus its own.
        Message shared{"shared-" + std::to_string(i), "{}"},
            own{"own-" + std::to_string(t) + "-" + std::to_string(i), "{}"};
        std::vector<EventRecord> records{shared.record(1, clock.Now().ms),
                                         own.record(1, clock.Now().ms)};
        auto r = ingest.Commit(records);
        stored += r.stored;
        duplicates += r.duplicates;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(stored.load(), 200u + 8u * 200u);
  EXPECT_EQ(duplicates.load(), 7u * 200u);
  auto ids = ReadAll(log);
  EXPECT_EQ(ids.size(), 1800u);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(metrics.duplicates.load(), 1400u);
}

TEST(EventIngest, PacedIngestWaitsForTheApplierButNotForAStalledOne) {
  TempDir dir;
  FileEventLog log({dir.str()});
  EventMetrics metrics;
  ManualClock clock(Timestamp{1795000000000});
  EventIngest ingest(log, DedupSet(7), metrics, clock);
  ingest.PaceToApplier(std::chrono::milliseconds(50));
  auto commit = [&](const std::string& id) {
    Message m{id, "{}"};
    std::vector<EventRecord> records{m.record(1, clock.Now().ms)};
    return ingest.Commit(records).stored;
  };
  using Clock = std::chrono::steady_clock;
  auto seconds_since = [](Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
  };
  ASSERT_EQ(commit("first"), 1u);  // nothing was behind: committed at once

  // The first is not applied: once it is older than 50 ms, the next waits for the applier.
  std::this_thread::sleep_for(std::chrono::milliseconds(60));
  auto started = Clock::now();
  std::atomic<bool> done{false};
  std::thread second([&] {
    commit("second");
    done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_FALSE(done.load()) << "committed while the applier was behind";
  metrics.applied_position = metrics.committed_position.load();  // the applier caught up
  second.join();
  // Well before the stalled-applier rule (a second without progress) would have let it through.
  EXPECT_LT(seconds_since(started), 0.9);

  // An applier that does not move holds ingest up for about a second, not for ever.
  std::this_thread::sleep_for(std::chrono::milliseconds(60));
  started = Clock::now();
  commit("third");
  double waited = seconds_since(started);
  EXPECT_GT(waited, 0.5);
  EXPECT_LT(waited, 3.0);
  EXPECT_EQ(ReadAll(log), (std::vector<std::string>{"first", "second", "third"}));
}

}  // namespace
}  // namespace banso::events
