#include "core/observation_commands_stack.h"

namespace coachscope::core {

CommandStack::CommandStack(Observation initial) : observation_(std::move(initial)) {}

void CommandStack::notify(const StackChange& change) {
  ++revision_;
  if (listener_) listener_(change);
}

void CommandStack::apply(const Command& command, const std::string& mergeKey) {
  Command inverse = applyCommand(observation_, command);
  const bool merge = mergeOpen_ && !mergeKey.empty() && redo_.empty() && !undo_.empty() &&
                     undo_.back().mergeKey == mergeKey;
  if (merge) {
    Step& step = undo_.back();
    step.forward.push_back(command);
    step.inverses.push_back(std::move(inverse));
    step.state = nextState_++;  // a merged change is still a change: saved state no longer matches
  } else {
    undo_.push_back(Step{{command}, {std::move(inverse)}, mergeKey, nextState_++});
    redo_.clear();
  }
  mergeOpen_ = !mergeKey.empty();
  notify(StackChange{StackChange::Kind::Apply, &command, mergeKey});
}

void CommandStack::closeStep() {
  if (!mergeOpen_) return;
  mergeOpen_ = false;
  if (listener_) listener_(StackChange{StackChange::Kind::CloseStep, nullptr, {}});  // replay must merge the same way
}

bool CommandStack::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  for (auto it = step.inverses.rbegin(); it != step.inverses.rend(); ++it) applyCommand(observation_, *it);
  redo_.push_back(std::move(step));
  mergeOpen_ = false;
  notify(StackChange{StackChange::Kind::Undo, nullptr, {}});
  return true;
}

bool CommandStack::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  // Re-applying yields fresh inverses, equal in effect to the ones dropped.
  step.inverses.clear();
  for (const Command& c : step.forward) step.inverses.push_back(applyCommand(observation_, c));
  undo_.push_back(std::move(step));
  mergeOpen_ = false;
  notify(StackChange{StackChange::Kind::Redo, nullptr, {}});
  return true;
}

void CommandStack::replay(const StackChange& change) {
  switch (change.kind) {
    case StackChange::Kind::Apply: apply(*change.command, change.mergeKey); break;
    case StackChange::Kind::Undo: undo(); break;
    case StackChange::Kind::Redo: redo(); break;
    case StackChange::Kind::CloseStep: closeStep(); break;
  }
}

StackHistory CommandStack::history() const {
  StackHistory h;
  h.base = observation_;
  for (auto step = undo_.rbegin(); step != undo_.rend(); ++step) {
    for (auto it = step->inverses.rbegin(); it != step->inverses.rend(); ++it) applyCommand(h.base, *it);
  }
  using Kind = StackChange::Kind;
  auto addStep = [&](const Step& step) {
    for (const Command& c : step.forward) h.entries.push_back({Kind::Apply, c, step.mergeKey});
    h.entries.push_back({Kind::CloseStep, {}, {}});
  };
  for (const Step& step : undo_) addStep(step);
  for (auto step = redo_.rbegin(); step != redo_.rend(); ++step) addStep(*step);
  for (std::size_t i = 0; i < redo_.size(); ++i) h.entries.push_back({Kind::Undo, {}, {}});
  // Merging stays open after the last change, as it was: typing on into the same field merges.
  if (mergeOpen_ && redo_.empty() && !h.entries.empty()) h.entries.pop_back();
  return h;
}

std::string CommandStack::undoLabel() const {
  return undo_.empty() ? std::string() : describeCommand(undo_.back().forward.front());
}

std::string CommandStack::redoLabel() const {
  return redo_.empty() ? std::string() : describeCommand(redo_.back().forward.front());
}

}  // namespace coachscope::core
