#include "core/observation_commands.h"

#include <algorithm>

namespace coachscope::core {
namespace {

template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

// Inserts or replaces by id, keeping the list in time order. Returns the previous value.
template <typename T>
std::optional<T> putTimed(std::vector<T>& list, const T& item) {
  std::optional<T> previous;
  auto found = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == item.id; });
  if (found != list.end()) {
    previous = *found;
    list.erase(found);
  }
  auto at = std::upper_bound(list.begin(), list.end(), item.time, [](double t, const T& x) { return t < x.time; });
  list.insert(at, item);
  return previous;
}

template <typename T>
std::optional<T> removeById(std::vector<T>& list, const std::string& id) {
  auto found = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
  if (found == list.end()) return std::nullopt;
  T removed = *found;
  list.erase(found);
  return removed;
}

template <typename Map, typename Value>
std::optional<Value> setOrErase(Map& map, const std::string& key, const std::optional<Value>& value) {
  std::optional<Value> previous;
  if (auto it = map.find(key); it != map.end()) previous = it->second;
  if (value) {
    map[key] = *value;
  } else {
    map.erase(key);
  }
  return previous;
}

}  // namespace

Command applyCommand(Observation& o, const Command& command) {
  return std::visit(
      Overloaded{
          [&](const SetSetup& c) -> Command {
            SetSetup inverse{o.frameworkId, o.frameworkVersion, o.context};
            o.frameworkId = c.frameworkId;
            o.frameworkVersion = c.frameworkVersion;
            o.context = c.context;
            return inverse;
          },
          [&](const PutEvent& c) -> Command {
            if (auto previous = putTimed(o.events, c.event)) return PutEvent{*previous};
            return RemoveEvent{c.event.id};
          },
          [&](const RemoveEvent& c) -> Command {
            if (auto removed = removeById(o.events, c.id)) return PutEvent{*removed};
            return RemoveEvent{c.id};
          },
          [&](const PutNote& c) -> Command {
            if (auto previous = putTimed(o.notes, c.note)) return PutNote{*previous};
            return RemoveNote{c.note.id};
          },
          [&](const RemoveNote& c) -> Command {
            if (auto removed = removeById(o.notes, c.id)) return PutNote{*removed};
            return RemoveNote{c.id};
          },
          [&](const SetRating& c) -> Command {
            return SetRating{c.competencyId, setOrErase(o.ratings, c.competencyId, c.rating)};
          },
          [&](const SetJudgement& c) -> Command {
            return SetJudgement{c.competencyId, setOrErase(o.judgements, c.competencyId, c.judgement)};
          },
          [&](const SetText& c) -> Command {
            std::string& field = sheetText(o, c.field);
            SetText inverse{c.field, field};
            field = c.text;
            return inverse;
          },
          [&](const SetDuration& c) -> Command {
            SetDuration inverse{o.durationSeconds};
            o.durationSeconds = c.seconds;
            return inverse;
          },
          [&](const SetMedia& c) -> Command {
            SetMedia inverse{o.media};
            o.media = c.media;
            return inverse;
          },
      },
      command);
}

std::string describeCommand(const Command& command) {
  return std::visit(Overloaded{
                        [](const SetSetup&) -> std::string { return "session details"; },
                        [](const PutEvent& c) -> std::string { return "marker " + c.event.markerCode; },
                        [](const RemoveEvent&) -> std::string { return "delete marker event"; },
                        [](const PutNote&) -> std::string { return "note"; },
                        [](const RemoveNote&) -> std::string { return "delete note"; },
                        [](const SetRating& c) -> std::string { return "rating of " + c.competencyId; },
                        [](const SetJudgement& c) -> std::string { return "judgement of " + c.competencyId; },
                        [](const SetText& c) -> std::string { return toString(c.field); },
                        [](const SetDuration&) -> std::string { return "stop clock"; },
                        [](const SetMedia& c) -> std::string { return c.media ? "link recording" : "unlink recording"; },
                    },
                    command);
}

const char* toString(SheetText field) {
  switch (field) {
    case SheetText::Strengths: return "strengths";
    case SheetText::DevelopmentAreas: return "development areas";
    case SheetText::Feedback: return "feedback";
    case SheetText::CoacheeFeedback: return "coachee feedback";
  }
  return "strengths";
}

std::optional<SheetText> sheetTextFrom(const std::string& text) {
  for (SheetText f : {SheetText::Strengths, SheetText::DevelopmentAreas, SheetText::Feedback,
                      SheetText::CoacheeFeedback}) {
    if (text == toString(f)) return f;
  }
  return std::nullopt;
}

std::string& sheetText(Observation& o, SheetText field) {
  switch (field) {
    case SheetText::Strengths: return o.strengths;
    case SheetText::DevelopmentAreas: return o.developmentAreas;
    case SheetText::Feedback: return o.feedback;
    case SheetText::CoacheeFeedback: return o.coacheeFeedback;
  }
  return o.strengths;
}

const std::string& sheetText(const Observation& o, SheetText field) {
  return sheetText(const_cast<Observation&>(o), field);
}

}  // namespace coachscope::core
