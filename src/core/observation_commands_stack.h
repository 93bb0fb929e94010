// The one place an observation changes: applies Commands, keeps undo/redo, knows whether there
// are unsaved changes, and reports every change (apply, undo, redo) to a listener — the autosave
// journal — before returning, so nothing is applied that the journal has not been told of.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/observation_commands.h"

namespace coachscope::core {

// What happened to the stack, as the journal records it and replays it.
struct StackChange {
  enum class Kind { Apply, Undo, Redo, CloseStep };
  Kind kind = Kind::Apply;
  const Command* command = nullptr;  // for Apply
  std::string mergeKey;              // for Apply
};

// A stack's whole history as changes to replay on `base` (the state before the oldest undo step):
// the undo steps applied in order, then the redo steps applied and undone again. Replaying it
// rebuilds the same observation, undo and redo (the journal starts with this after a save).
struct StackHistory {
  struct Entry {
    StackChange::Kind kind = StackChange::Kind::Apply;
    Command command;
    std::string mergeKey;
  };
  Observation base;
  std::vector<Entry> entries;
};

class CommandStack {
 public:
  explicit CommandStack(Observation initial = {});

  const Observation& observation() const { return observation_; }

  // Applies a change. Consecutive changes with the same non-empty `mergeKey` (typing into one
  // field) undo as one step.
  void apply(const Command& command, const std::string& mergeKey = {});
  bool undo();
  bool redo();
  // Replays a change from the journal: same effect as the call that recorded it.
  void replay(const StackChange& change);

  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  std::string undoLabel() const;  // "note", "" when nothing to undo
  std::string redoLabel() const;
  // Ends merging: the next change starts a new undo step even with the same merge key.
  void closeStep();

  // Unsaved changes since the last markSaved() (or since construction).
  bool dirty() const { return currentState() != savedState_; }
  void markSaved() { savedState_ = currentState(); }
  // Takes from `saved` where the observation has been — when it was saved, the record versions
  // it was merged as and supersedes — which no undo step changes: not a change to undo, not
  // unsaved work.
  void stamp(const Observation& saved) {
    observation_.updatedAt = saved.updatedAt;
    observation_.recordVersion = saved.recordVersion;
    observation_.mergedVersion = saved.mergedVersion;
    ++revision_;
  }
  // Changes whenever the observation does (caches of derived values key on it).
  std::uint64_t revision() const { return revision_; }

  StackHistory history() const;

  void setListener(std::function<void(const StackChange&)> listener) { listener_ = std::move(listener); }

 private:
  struct Step {
    std::vector<Command> forward;   // in order
    std::vector<Command> inverses;  // in the order they were produced; undone back to front
    std::string mergeKey;
    std::uint64_t state = 0;  // identifies the observation state after this step
  };
  std::uint64_t currentState() const { return undo_.empty() ? 0 : undo_.back().state; }
  void notify(const StackChange& change);

  Observation observation_;
  std::vector<Step> undo_;
  std::vector<Step> redo_;
  std::uint64_t nextState_ = 1;
  std::uint64_t savedState_ = 0;
  std::uint64_t revision_ = 0;
  bool mergeOpen_ = false;
  std::function<void(const StackChange&)> listener_;
};

}  // namespace coachscope::core
