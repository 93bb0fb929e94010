// Fuzz target for one change of the autosave journal (the "command" of a journal line): any bytes
// give a command or a clear error. A command read re-encodes and reads back as the same command;
// applied to an observation it leaves one the observation reader accepts, and its inverse restores
// exactly the observation it was applied to.
#include <cstddef>
#include <cstdint>

#include "core/observation_commands.h"
#include "fuzz_support.h"
#include "store/journal_codec.h"
#include "store/observation_codec.h"

namespace {

using namespace coachscope;

// A small observation with one of everything, so removals and replacements meet something.
const core::Observation& baseObservation() {
  static const core::Observation base = [] {
    core::Observation o;
    o.id = "fuzz-observation";
    o.frameworkId = "fuzz";
    o.frameworkVersion = "1";
    o.context.learnerId = "fuzz-learner";
    o.events.push_back(core::MarkerEvent{"e1", "1.1", 12.5, "a quote"});
    o.notes.push_back(core::Note{"n1", 30, "a note", core::NoteKind::Strength, "1.1"});
    o.ratings["c1"] = core::CompetencyRating{3, false, "why"};
    o.judgements["c2"] = core::Judgement{"ok", ""};
    o.strengths = "strengths";
    o.durationSeconds = 600;
    return o;
  }();
  return base;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using fuzz::require;
  return fuzz::withJsonDocument(data, size, [](const nlohmann::json& document) {
    const auto command = store::commandFromJson(document, "fuzz", "line 2");
    if (!fuzz::valueOrRefusal(command)) return;
    const nlohmann::json encoded = store::commandToJson(*command);
    (void)encoded.dump();  // throws on invalid UTF-8
    const auto again = store::commandFromJson(encoded, "fuzz", "line 2");
    require(again.ok() && *again == *command, "a command reads back as the same command");
    core::Observation empty;
    empty.id = "fuzz-empty";
    for (const core::Observation& start : {baseObservation(), empty}) {
      core::Observation changed = start;
      const core::Command inverse = core::applyCommand(changed, *command);
      require(store::observationFromJson(store::observationToJson(changed), "fuzz").ok() ||
                  !store::observationFromJson(store::observationToJson(start), "fuzz").ok(),
              "a change leaves an observation the reader accepts");
      core::Observation undone = changed;
      (void)core::applyCommand(undone, inverse);
      require(undone == start, "a change's inverse restores exactly the observation before it");
      (void)core::describeCommand(*command);
    }
  });
}
