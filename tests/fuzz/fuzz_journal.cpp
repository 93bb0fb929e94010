// Fuzz target for recovering a whole autosave journal: any bytes give the journal's contents or a
// clear error. A journal read keeps its promises to recovery: the intact part is a prefix of the
// file and reads back alone with the same changes and no torn tail; replaying it gives an
// observation the reader accepts; its history replays to the same observation, and undoing every
// step returns to the history's base.
#include <cstddef>
#include <cstdint>

#include "core/json_document.h"
#include "fuzz_support.h"
#include "store/journal.h"
#include "store/observation_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  using fuzz::require;
  try {
    const std::string_view text = fuzz::text(data, size);
    auto contents = store::parseJournal(text, "fuzz.journal");
    if (!contents) {
      fuzz::requireClearError(contents.error());
      return 0;
    }
    require(contents->intactBytes <= size, "the intact part lies within the file");
    if (!contents->tornTail) {
      require(contents->intactBytes == size ||
                  text.substr(contents->intactBytes).find_first_not_of('\n') == std::string_view::npos,
              "without a torn tail the whole file is intact");
    }
    auto intact = store::parseJournal(text.substr(0, contents->intactBytes), "fuzz.journal");
    require(intact.ok() && !intact->tornTail, "the intact part reads alone");
    require(intact->entries.size() == contents->entries.size(), "the intact part holds every change read");

    core::CommandStack stack = store::replayJournal(*contents);
    const core::Observation recovered = stack.observation();
    require(store::observationFromJson(store::observationToJson(recovered), "fuzz").ok(),
            "a recovered observation passes the reader");

    const core::StackHistory history = stack.history();
    core::CommandStack again(history.base);
    for (const auto& entry : history.entries) {
      again.replay(core::StackChange{entry.kind, &entry.command, entry.mergeKey});
    }
    require(again.observation() == recovered, "a stack's history replays to the same observation");
    while (stack.undo()) {
    }
    require(stack.observation() == history.base, "undoing every step returns to the history's base");
  } catch (...) {
    require(false, "recovering a journal never throws");
  }
  return 0;
}
