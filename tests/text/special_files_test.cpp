// Anything that is not a regular file is refused at once, before a byte is read: a FIFO with no
// writer would block a reader forever, /dev/zero would never end.
#include "base/regular_file.h"
#include "text/source_file.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class SpecialFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-special-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  // Loads `path` in another thread; if that blocks, a writer is opened on the FIFO (which lets
  // a blocked reader go on) and the test fails instead of hanging.
  std::string refusal_of(const std::string& path) {
    auto load = std::async(std::launch::async, [path] {
      DiagnosticSink sink;
      auto source = load_source(path, sink);
      EXPECT_EQ(source, nullptr);
      return sink.diagnostics().empty() ? std::string() : to_string(sink.diagnostics().front());
    });
    if (load.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
      ADD_FAILURE() << "reading " << path << " blocked";
      const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0) ::close(fd);
    }
    return load.get();
  }
  fs::path dir_;
};

TEST_F(SpecialFiles, FifoIsRefusedWithoutBlocking) {
  const std::string fifo = (dir_ / "pipe.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(refusal_of(fifo), fifo + ": error: is a FIFO (named pipe), expected a regular file");
  // Through a symbolic link too: what counts is what the path leads to.
  const std::string link = (dir_ / "link.txt").string();
  fs::create_symlink(fifo, link);
  EXPECT_EQ(refusal_of(link), link + ": error: is a FIFO (named pipe), expected a regular file");
}

TEST_F(SpecialFiles, SocketIsRefused) {
  const std::string path = (dir_ / "s").string();
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof address.sun_path);
  path.copy(address.sun_path, path.size());
  ASSERT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
  EXPECT_EQ(refusal_of(path), path + ": error: is a socket, expected a regular file");
  ::close(fd);
}

TEST_F(SpecialFiles, CharacterDevicesAreRefused) {
  for (const std::string device : {"/dev/null", "/dev/zero", "/dev/urandom"}) {
    if (!fs::exists(device)) continue;
    EXPECT_EQ(refusal_of(device), device + ": error: is a character device, expected a regular file");
  }
}

TEST_F(SpecialFiles, RegularFileIsReadWhole) {
  const std::string path = (dir_ / "a.txt").string();
  std::ofstream(path) << "It cost $5 million.\n";
  FileRead read = read_regular_file(path, 1 << 20);
  EXPECT_EQ(read.failure, FileRead::Failure::none);
  EXPECT_EQ(read.bytes, "It cost $5 million.\n");
  FileRead small = read_regular_file(path, 5);
  EXPECT_EQ(small.failure, FileRead::Failure::too_large);
  EXPECT_EQ(small.size, 20u);
  EXPECT_EQ(read_regular_file((dir_ / "none").string(), 5).failure, FileRead::Failure::not_found);
  EXPECT_EQ(read_regular_file(dir_.string(), 5).failure, FileRead::Failure::directory);
}

}  // namespace
}  // namespace crosscheck
