#include "http/connections.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <thread>

namespace banso::http {
namespace {

using Clock = std::chrono::steady_clock;

std::string AddressOf(const sockaddr_storage& addr, int& port) {
  char text[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof text);
    port = ntohs(a.sin6_port);
  }
  return text;
}

std::string PeerAddress(int sock, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  port = 0;
  if (getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return {};
  return AddressOf(addr, port);
}

// Waits until sock is ready for events, at most until `until`; false on timeout or error.
bool WaitReady(int sock, short events, Clock::time_point until) {
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{sock, events, 0};
    int rc = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (rc > 0) return (p.revents & (events | POLLHUP | POLLERR)) != 0;
    if (rc < 0 && errno != EINTR) return false;
  }
}

// One connection's socket, read through a buffer (httplib reads request lines a byte at a
// time) and against a deadline that the connection moves as the request advances.
class DeadlineStream final : public httplib::Stream, public Connection {
 public:
  DeadlineStream(int sock, const ConnectionLimits& limits) : sock_(sock), limits_(limits) {}

  // Waits for the next request's first byte (true), or gives up at the keep-alive timeout or
  // when the server stops (false). The request then has header_timeout to arrive.
  bool AwaitRequest(const httplib::Server& server) {
    deadline_ = Clock::time_point::max();
    if (buffered_ < filled_) return StartRequest();
    auto until = Clock::now() + limits_.keep_alive_timeout;
    while (server.is_running() && Clock::now() < until)
      if (WaitReady(sock_, POLLIN, std::min(until, Clock::now() + std::chrono::milliseconds(100))))
        return StartRequest();
    return false;
  }
  bool must_close() const { return close_ || cut_off_; }

  void ExpectBody(size_t content_length) override {
    auto allowance =
        limits_.body_timeout + std::chrono::seconds(content_length / kMinBodyBytesPerSecond);
    deadline_ = Clock::now() + allowance;
  }
  void CloseAfterResponse() override { close_ = true; }

  bool is_readable() const override {
    return buffered_ < filled_ || WaitReady(sock_, POLLIN, deadline_);
  }
  bool is_writable() const override {
    return WaitReady(sock_, POLLOUT, Clock::now() + std::chrono::seconds(5));
  }

  ssize_t read(char* ptr, size_t size) override {
    if (buffered_ == filled_) {
      // A read waits for the request's deadline, not a fixed time per read: a client may
      // pause mid-request as long as the whole request arrives in time. A request cut off
      // ends the connection, as its unread rest would be taken for the next request.
      if (!WaitReady(sock_, POLLIN, deadline_)) {
        cut_off_ = true;
        return -1;
      }
      bool direct = size >= sizeof buffer_;
      ssize_t n = direct ? Recv(ptr, size) : Recv(buffer_, sizeof buffer_);
      if (n <= 0) cut_off_ = true;
      if (n <= 0 || direct) return n;
      buffered_ = 0;
      filled_ = static_cast<size_t>(n);
    }
    size_t n = std::min(size, filled_ - buffered_);
    std::memcpy(ptr, buffer_ + buffered_, n);
    buffered_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    for (;;) {
      ssize_t n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
      if (n >= 0 || errno != EINTR) return n;
    }
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = PeerAddress(sock_, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    port = 0;
    ip.clear();
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      ip = AddressOf(addr, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  bool StartRequest() {
    deadline_ = Clock::now() + limits_.header_timeout;
    return true;
  }
  ssize_t Recv(char* ptr, size_t size) {
    for (;;) {
      ssize_t n = ::recv(sock_, ptr, size, 0);
      if (n >= 0 || errno != EINTR) return n;
    }
  }

  int sock_;
  const ConnectionLimits& limits_;
  Clock::time_point deadline_ = Clock::time_point::max();
  bool close_ = false;
  bool cut_off_ = false;
  char buffer_[4096];
  size_t buffered_ = 0, filled_ = 0;  // [buffered_, filled_) is read but not yet handed out
};

thread_local DeadlineStream* current = nullptr;

void Refuse(int sock, const char* message) {
  std::string body = std::string(R"({"error":{"code":"unavailable","message":")") + message +
                     R"(","field":null}})";
  std::string response =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
      "Retry-After: 5\r\nConnection: close\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  (void)::send(sock, response.data(), response.size(), MSG_NOSIGNAL);
}

}  // namespace

ConnectionServer::ConnectionServer(ConnectionLimits limits) : limits_(limits) {
  size_t max_threads = limits_.max_connections + 32;  // and a few to answer refusals
  new_task_queue = [max_threads] { return new ConnectionThreads(max_threads); };
}

Connection* ConnectionServer::Current() { return current; }

size_t ConnectionServer::open_connections() const {
  std::lock_guard lock(mu_);
  return open_;
}

bool ConnectionServer::Admit(const std::string& client) {
  std::lock_guard lock(mu_);
  if (open_ >= limits_.max_connections) return false;
  size_t& mine = per_client_[client];
  if (mine >= limits_.max_per_client) {
    if (mine == 0) per_client_.erase(client);
    return false;
  }
  ++mine;
  ++open_;
  return true;
}

void ConnectionServer::Release(const std::string& client) {
  std::lock_guard lock(mu_);
  --open_;
  if (--per_client_[client] == 0) per_client_.erase(client);
}

bool ConnectionServer::process_and_close_socket(socket_t sock) {
  int port = 0;
  std::string client = PeerAddress(sock, port);
  bool ok = false;
  if (!Admit(client)) {
    Refuse(sock, "too many connections; try again shortly");
  } else {
    DeadlineStream stream(sock, limits_);
    current = &stream;
    size_t left = keep_alive_max_count_;
    while (left-- > 0 && stream.AwaitRequest(*this)) {
      bool closed = false;
      ok = process_request(stream, left == 0, closed, nullptr);
      if (!ok || closed || stream.must_close()) break;
    }
    current = nullptr;
    Release(client);
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

void ConnectionThreads::enqueue(std::function<void()> fn) {
  std::lock_guard lock(mu_);
  jobs_.push_back(std::move(fn));
  if (jobs_.size() > idle_ && workers_.size() < max_threads_)
    workers_.emplace_back([this] { Work(); });
  else
    work_cv_.notify_one();
}

void ConnectionThreads::shutdown() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  for (auto& t : workers_) t.join();
  workers_.clear();
}

void ConnectionThreads::Work() {
  std::unique_lock lock(mu_);
  for (;;) {
    ++idle_;
    work_cv_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
    --idle_;
    if (jobs_.empty()) return;  // stopping, and nothing left
    auto job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
}

}  // namespace banso::http
