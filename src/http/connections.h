#pragma once
// The server's connections: how many, from whom, and for how long each may take to send a
// request. cpp-httplib 0.11 (Debian's) gives a connection a pool thread for its whole life and
// has no deadline for a request's headers, so 17 clients sending a header line every 2 s, or
// 16 open event streams, held every thread and /healthz went unanswered.
//
// ConnectionServer runs each connection on a thread of its own (ConnectionThreads: up to a
// cap, idle threads reused), answers 503 to a client over its per-address cap or past the
// total, and reads through a stream with a deadline: the request line and headers must arrive
// within header_timeout, the body within body_timeout plus its length at kMinBodyBytesPerSecond.
// A connection past its deadline is closed. Handlers reach their connection through
// ConnectionServer::Current() (the thread serving it).
//
// Thread safety: all of it is used from the server's threads; Current() is per thread.
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace banso::http {

struct ConnectionLimits {
  size_t max_connections = 1024;
  size_t max_per_client = 256;  // per remote address
  std::chrono::milliseconds header_timeout{10000};
  std::chrono::milliseconds body_timeout{30000};
  std::chrono::milliseconds keep_alive_timeout{10000};
};

inline constexpr size_t kMinBodyBytesPerSecond = 64 * 1024;

// What a handler may ask of the connection it is served on.
class Connection {
 public:
  virtual ~Connection() = default;
  // The headers are in: the body (of content_length bytes, or up to that for a chunked body)
  // now has body_timeout plus its length at the floor rate.
  virtual void ExpectBody(size_t content_length) = 0;
  // The request's body is left unread: answer with Connection: close and end the connection.
  virtual void CloseAfterResponse() = 0;
};

class ConnectionServer : public httplib::Server {
 public:
  explicit ConnectionServer(ConnectionLimits limits);

  static Connection* Current();
  size_t open_connections() const;

 private:
  bool process_and_close_socket(socket_t sock) override;
  bool Admit(const std::string& client);
  void Release(const std::string& client);

  ConnectionLimits limits_;
  mutable std::mutex mu_;
  size_t open_ = 0;
  std::unordered_map<std::string, size_t> per_client_;
};

// httplib's task queue: a thread per task (a connection), up to max_threads; a thread whose
// connection ended waits for the next one. Tasks past the cap wait their turn.
class ConnectionThreads final : public httplib::TaskQueue {
 public:
  explicit ConnectionThreads(size_t max_threads) : max_threads_(max_threads) {}
  ~ConnectionThreads() override { shutdown(); }
  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

 private:
  void Work();

  size_t max_threads_;
  std::mutex mu_;
  std::condition_variable work_cv_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> workers_;  // started by enqueue only, so shutdown may join them
  size_t idle_ = 0;
  bool stopping_ = false;
};

}  // namespace banso::http
