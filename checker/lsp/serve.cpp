#include "lsp/serve.h"

#include "lsp/framing.h"
#include "lsp/server.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <istream>
#include <ostream>

namespace crosscheck::lsp {

namespace {

Server make_server(std::ostream& out, const ServeOptions& options) {
  return Server(
      [&out](const nlohmann::json& message) {
        // Invalid UTF-8 cannot come from the checked texts (they are validated), but a message
        // must never fail to be written.
        out << frame(message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        out.flush();
      },
      options.version);
}

// Handles every complete message the reader holds; false once the client said exit.
bool drain(MessageReader& reader, Server& server) {
  while (auto body = reader.next()) {
    server.handle(*body);
    if (server.exited()) return false;
  }
  return true;
}

}  // namespace

int serve_fd(int in, std::ostream& out, const ServeOptions& options) {
  Server server = make_server(out, options);
  MessageReader reader;
  char buffer[65536];
  while (true) {
    pollfd fd{in, POLLIN, 0};
    int timeout = server.has_stale() ? static_cast<int>(options.quiet.count()) : -1;
    int ready = poll(&fd, 1, timeout);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (ready == 0) {  // quiet: check what changed
      server.flush();
      continue;
    }
    ssize_t n = read(in, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) break;
    reader.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
    if (!drain(reader, server)) break;
  }
  return server.exit_code();
}

int serve_stream(std::istream& in, std::ostream& out, const ServeOptions& options) {
  Server server = make_server(out, options);
  MessageReader reader;
  char buffer[65536];
  while (in) {
    if (server.has_stale() && in.rdbuf()->in_avail() <= 0) server.flush();
    in.read(buffer, 1);
    if (in.gcount() == 0) break;
    std::streamsize more = in.rdbuf()->in_avail() > 0 ? in.readsome(buffer + 1, sizeof buffer - 1) : 0;
    reader.feed(std::string_view(buffer, static_cast<std::size_t>(1 + more)));
    if (!drain(reader, server)) return server.exit_code();
  }
  server.flush();
  return server.exit_code();
}

}  // namespace crosscheck::lsp
