#include "store/journal.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <sstream>

#include "core/json_document.h"
#include "core/limits.h"
#include "store/atomic_file.h"
#include "store/journal_codec.h"
#include "store/observation_codec.h"
#include "store/private_files.h"
#include "store/safe_paths.h"

namespace coachscope::store {
namespace {

using nlohmann::json;
using Kind = core::StackChange::Kind;

const char* opName(Kind kind) {
  switch (kind) {
    case Kind::Apply: return "apply";
    case Kind::Undo: return "undo";
    case Kind::Redo: return "redo";
    case Kind::CloseStep: return "close";
  }
  return "apply";
}

std::optional<Kind> opFrom(const std::string& text) {
  for (Kind k : {Kind::Apply, Kind::Undo, Kind::Redo, Kind::CloseStep}) {
    if (text == opName(k)) return k;
  }
  return std::nullopt;
}

core::Error systemError(const std::filesystem::path& file, const std::string& what) {
  return core::Error{file.string(), "", fmt::format("{}: {}", what, std::strerror(errno))};
}

}  // namespace

std::filesystem::path journalFolder(const std::filesystem::path& workspace) { return workspace / "journal"; }

core::Result<std::filesystem::path> journalPath(const std::filesystem::path& workspace,
                                                const std::string& observationId) {
  return idPath(journalFolder(workspace), observationId, ".journal", "observation id");
}

std::vector<std::filesystem::path> listJournals(const std::filesystem::path& workspace) {
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> found;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(journalFolder(workspace), ec)) {
    if (entry.path().extension() == ".journal" && entry.is_regular_file(ec)) {
      found.emplace_back(entry.last_write_time(ec), entry.path());
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::filesystem::path> paths;
  for (auto& [time, path] : found) paths.push_back(std::move(path));
  return paths;
}

core::Result<JournalContents> readJournal(const std::filesystem::path& file) {
  auto text = core::readTextFile(file);
  if (!text) return text.error();
  return parseJournal(*text, file);
}

core::Result<JournalContents> parseJournal(std::string_view text, const std::filesystem::path& file) {
  const std::string name = file.string();
  JournalContents contents;
  contents.file = file;

  std::vector<std::string> lines;
  std::vector<std::size_t> lineEnds;  // offset just past each line, its newline included
  std::size_t start = 0;
  bool lastComplete = true;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      lines.emplace_back(text.substr(start));
      lineEnds.push_back(text.size());
      lastComplete = false;
      break;
    }
    lines.emplace_back(text.substr(start, end - start));
    lineEnds.push_back(end + 1);
    start = end + 1;
  }
  if (lines.empty()) return core::Error{name, "line 1", "empty journal (no header)"};

  auto header = core::parseJsonText(lines[0], name);
  if (!header) return core::Error{name, "line 1", header.error().reason};
  if (auto format = core::checkFormat(*header, "journal", kJournalFormatVersion, name); !format) {
    return core::Error{name, "line 1", format.error().reason};
  }
  if (!header->contains("base")) return core::Error{name, "line 1", "header without the \"base\" observation"};
  auto base = observationFromJson((*header)["base"], name);
  if (!base) return core::Error{name, "line 1: /base" + base.error().where, base.error().reason};
  contents.header.base = std::move(*base);
  if (auto saved = header->find("savedPath"); saved != header->end() && !saved->is_null()) {
    if (!saved->is_string()) return core::Error{name, "line 1: /savedPath", "expected a file path (a string)"};
    contents.header.savedPath = saved->get<std::string>();
  }
  contents.intactBytes = lineEnds[0];
  contents.endsWithNewline = lastComplete || lines.size() > 1;

  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string where = fmt::format("line {}", i + 1);
    const bool isLast = i + 1 == lines.size();
    if (lines[i].empty() && isLast) break;
    auto fail = [&](const std::string& reason) -> core::Result<JournalContents> {
      return core::Error{name, where, reason};
    };
    auto parsed = core::parseJsonText(lines[i], name);
    if (!parsed || !parsed->is_object()) {
      // A crash during the last write leaves a cut-off line: everything before it is intact.
      if (isLast && !lastComplete) {
        contents.tornTail = true;
        break;
      }
      return fail(parsed ? "not a JSON object" : parsed.error().reason);
    }
    const json& line = *parsed;
    auto stringMember = [&](const char* key) {
      auto it = line.find(key);
      return it != line.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto op = opFrom(stringMember("op"));
    if (!op) return fail("unknown \"op\"");
    JournalEntry entry;
    entry.kind = *op;
    if (auto clock = line.find("clock"); clock != line.end()) {
      if (!clock->is_number() || !std::isfinite(clock->get<double>()) || clock->get<double>() < 0 ||
          clock->get<double>() > core::limits::kMaxSessionSeconds) {
        return fail(fmt::format("\"clock\" must be from 0 to {} seconds", core::limits::kMaxSessionSeconds));
      }
      entry.clock = clock->get<double>();
    }
    if (*op == Kind::Apply) {
      auto command = commandFromJson(line.value("command", json()), name, where);
      if (!command) return command.error();
      entry.command = std::move(*command);
      entry.mergeKey = stringMember("merge");
    }
    contents.lastClock = std::max(contents.lastClock, entry.clock);
    contents.entries.push_back(std::move(entry));
    contents.intactBytes = lineEnds[i];
    contents.endsWithNewline = !isLast || lastComplete;
  }
  return contents;
}

core::CommandStack replayJournal(const JournalContents& contents) {
  core::CommandStack stack(contents.header.base);
  for (const JournalEntry& e : contents.entries) {
    stack.replay(core::StackChange{e.kind, &e.command, e.mergeKey});
  }
  return stack;
}

JournalWriter::~JournalWriter() { close(); }

JournalWriter::JournalWriter(JournalWriter&& other) noexcept : file_(std::move(other.file_)), fd_(other.fd_) {
  other.fd_ = -1;
}

JournalWriter& JournalWriter::operator=(JournalWriter&& other) noexcept {
  if (this != &other) {
    close();
    file_ = std::move(other.file_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

void JournalWriter::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

core::Result<JournalWriter> JournalWriter::create(const std::filesystem::path& file, const JournalHeader& header) {
  if (auto folder = createPrivateFolders(file.parent_path()); !folder) return folder.error();
  json line = {{"format", core::formatTag("journal", kJournalFormatVersion)},
               {"savedPath", header.savedPath},
               {"base", observationToJson(header.base)}};
  if (auto written = writeFileAtomically(file, line.dump() + "\n"); !written) return written.error();
  return reopen(file);
}

core::Result<JournalWriter> JournalWriter::create(const std::filesystem::path& file, const core::StackHistory& history,
                                                  const std::string& savedPath, double clock) {
  auto writer = create(file, JournalHeader{history.base, savedPath});
  if (!writer) return writer;
  for (const auto& e : history.entries) {
    auto written = writer->append(core::StackChange{e.kind, &e.command, e.mergeKey}, clock);
    if (!written) return written.error();
  }
  return writer;
}

core::Result<JournalWriter> JournalWriter::reopen(const std::filesystem::path& file) {
  JournalWriter writer;
  writer.file_ = file;
  writer.fd_ = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (writer.fd_ < 0) return systemError(file, "cannot open the journal");
  return writer;
}

core::Result<JournalWriter> JournalWriter::resume(const JournalContents& recovered) {
  auto writer = reopen(recovered.file);
  if (!writer) return writer;
  if (::ftruncate(writer->fd_, static_cast<off_t>(recovered.intactBytes)) != 0) {
    return systemError(recovered.file, "cannot cut the torn end off the journal");
  }
  if (!recovered.endsWithNewline) {
    if (auto ended = writer->appendLine("\n"); !ended) return ended.error();
  } else if (::fdatasync(writer->fd_) != 0) {
    return systemError(recovered.file, "cannot flush the journal to disk");
  }
  return writer;
}

core::Status JournalWriter::appendLine(const std::string& line) {
  if (fd_ < 0) return core::Error{file_.string(), "", "the journal is not open"};
  std::string_view rest = line;
  while (!rest.empty()) {
    ssize_t n = ::write(fd_, rest.data(), rest.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return systemError(file_, "cannot write the journal");
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::fdatasync(fd_) != 0) return systemError(file_, "cannot flush the journal to disk");
  return core::Done{};
}

core::Status JournalWriter::append(const core::StackChange& change, double clock) {
  json line = {{"op", opName(change.kind)}, {"clock", clock}};
  if (change.kind == Kind::Apply && change.command) {
    line["command"] = commandToJson(*change.command);
    if (!change.mergeKey.empty()) line["merge"] = change.mergeKey;
  }
  return appendLine(line.dump() + "\n");
}

void JournalWriter::discard() {
  close();
  std::error_code ec;
  if (!file_.empty()) std::filesystem::remove(file_, ec);
}

}  // namespace coachscope::store
