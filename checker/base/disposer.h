// Frees what it is handed on a thread of its own, so that tearing down a large structure (the YAML
// tree of a rule file: a node, a shared pointer and a set entry per scalar) overlaps the caller's
// next steps instead of holding them up.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace crosscheck {

class Disposer {
 public:
  // Without a thread (`threaded` false: one job), what is handed over is freed at once.
  explicit Disposer(bool threaded) {
    if (threaded) thread_ = std::thread([this] { run(); });
  }
  // Waits until everything handed over is freed.
  ~Disposer() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
    }
    ready_.notify_one();
    thread_.join();
  }
  Disposer(const Disposer&) = delete;
  Disposer& operator=(const Disposer&) = delete;

  template <typename T>
  void dispose(std::unique_ptr<T> owned) {
    if (!owned) return;
    if (!thread_.joinable()) return;  // `owned` is freed here, on leaving
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::shared_ptr<void>(std::move(owned)));  // keeps T's deleter
    }
    ready_.notify_one();
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      ready_.wait(lock, [this] { return closing_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closing, and nothing left
      std::shared_ptr<void> next = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      next.reset();
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::shared_ptr<void>> queue_;
  bool closing_ = false;
  std::thread thread_;  // last: started once the members it uses are built
};

}  // namespace crosscheck
