// Runs independent tasks on a few threads; results go to fixed slots, so output never depends on
// scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace crosscheck {

// Calls task(i) for every i in [0, count), on up to `jobs` threads (1: on this thread). Tasks must
// not touch each other's data; each writes only its own slot.
template <typename Task>
void parallel_for(std::size_t count, unsigned jobs, Task task) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(count)));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) task(i);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

// The default for --jobs: the machine's cores.
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace crosscheck
