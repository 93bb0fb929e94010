// The autosave journal of an open observation: journal/<observation-id>.journal in the workspace.
// The first line holds the observation as it was when the journal began (new, or as last saved);
// every later line is one change of the CommandStack (apply, undo, redo), appended and fsynced
// before the app goes on. After a crash, replaying it rebuilds the observation exactly, undo
// history included. Saving the observation discards the journal.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/observation_commands_stack.h"
#include "core/result.h"

namespace coachscope::store {

inline constexpr int kJournalFormatVersion = 1;

struct JournalHeader {
  core::Observation base;  // the observation before the first change
  std::string savedPath;   // the file it was opened from or last saved to; empty if never saved
};

struct JournalEntry {
  core::StackChange::Kind kind = core::StackChange::Kind::Apply;
  core::Command command;  // for Apply
  std::string mergeKey;   // for Apply
  double clock = 0;       // the session clock when it happened
};

struct JournalContents {
  std::filesystem::path file;
  JournalHeader header;
  std::vector<JournalEntry> entries;
  bool tornTail = false;  // the last line was cut short by the crash and is ignored
  // Bytes of the file that hold the header and the entries read; a torn tail lies beyond them.
  std::uint64_t intactBytes = 0;
  bool endsWithNewline = true;  // false when the last entry read lacks its newline
  double lastClock = 0;   // the session clock at the last change
};

std::filesystem::path journalFolder(const std::filesystem::path& workspace);
// Refused when the observation id is no safe token (store/safe_paths.h).
core::Result<std::filesystem::path> journalPath(const std::filesystem::path& workspace,
                                                const std::string& observationId);
// Every *.journal in the workspace's journal folder, newest first.
std::vector<std::filesystem::path> listJournals(const std::filesystem::path& workspace);

// Reads a journal. A malformed line other than a torn last one is an error naming its line.
core::Result<JournalContents> readJournal(const std::filesystem::path& file);
// The same from the journal's bytes; `file` is what errors call it.
core::Result<JournalContents> parseJournal(std::string_view text, const std::filesystem::path& file);
// The observation and undo history the journal describes.
core::CommandStack replayJournal(const JournalContents& contents);

// Appends changes to one journal file. Move-only; closes the file on destruction (the file stays).
class JournalWriter {
 public:
  JournalWriter() = default;
  ~JournalWriter();
  JournalWriter(JournalWriter&& other) noexcept;
  JournalWriter& operator=(JournalWriter&& other) noexcept;
  JournalWriter(const JournalWriter&) = delete;
  JournalWriter& operator=(const JournalWriter&) = delete;

  // Creates (replacing any old one) the journal with its header line, durably.
  static core::Result<JournalWriter> create(const std::filesystem::path& file, const JournalHeader& header);
  // A journal holding a stack's whole history (see core::StackHistory): after a save, the next
  // change starts a new journal that still lets a recovered session undo past the save.
  static core::Result<JournalWriter> create(const std::filesystem::path& file, const core::StackHistory& history,
                                            const std::string& savedPath, double clock);
  // Reopens an existing journal to go on appending after a recovery.
  static core::Result<JournalWriter> reopen(const std::filesystem::path& file);
  // Reopens a recovered journal after cutting off its torn tail on disk (and ending its last
  // line), durably, so what is appended next starts a line of its own and a later crash loses
  // nothing of the recovered session.
  static core::Result<JournalWriter> resume(const JournalContents& recovered);

  bool isOpen() const { return fd_ >= 0; }
  const std::filesystem::path& file() const { return file_; }
  // One line, written and fsynced before returning.
  core::Status append(const core::StackChange& change, double clock);
  // Closes and deletes the file (after a save, or when the user discards the session).
  void discard();

 private:
  core::Status appendLine(const std::string& line);
  void close();

  std::filesystem::path file_;
  int fd_ = -1;
};

}  // namespace coachscope::store
