// A competency framework as data: domains, competencies, observable markers and a rating scale.
// Nothing in the code names a competency; everything comes from a framework file.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace coachscope::core {

struct ScaleLevel {
  int value = 0;
  std::string label;
  std::string descriptor;
};

struct RatingScale {
  std::string id;
  std::string title;
  std::vector<ScaleLevel> levels;  // ascending by value, at least one

  const ScaleLevel* level(int value) const;
  int lowest() const { return levels.front().value; }
  int highest() const { return levels.back().value; }
};

struct Domain {
  std::string id;
  std::string title;
  std::string description;
};

// How a competency is evidenced in an observation.
enum class EvidenceKind {
  Markers,    // its own observable markers
  Derived,    // markers of other competencies (listed in Competency::derivedFrom)
  Judgement,  // an explicit judgement chosen from Competency::judgementOptions
};

struct JudgementOption {
  std::string id;
  std::string label;
  bool concern = false;         // a judgement that flags a problem
  bool reasonRequired = false;  // the tutor must say why
};

struct Competency {
  std::string id;
  std::string domainId;
  std::string title;
  std::string shortTitle;
  std::string definition;
  int behaviourCount = 0;
  EvidenceKind evidence = EvidenceKind::Markers;
  int minimumMarkers = 0;                   // a centre setting; 0 = no threshold
  std::vector<std::string> derivedFrom;     // marker codes, for EvidenceKind::Derived
  std::string judgementGuidance;            // for EvidenceKind::Judgement
  std::vector<JudgementOption> judgementOptions;
};

struct Marker {
  std::string code;  // "6.2"
  std::string competencyId;
  std::string text;
  std::string shortLabel;
};

// What an assessable recording must be (e.g. 20–60 minutes); 0 = no limit.
struct RecordingRules {
  int minMinutes = 0;
  int maxMinutes = 0;
};

struct Framework {
  std::string id;
  std::string version;
  std::string title;
  std::string publisher;
  std::string description;
  RatingScale scale;
  RecordingRules recording;
  // Transcript evidence kind ("talkTime", "questions", "silence", "interruptions") -> the marker
  // code its hint is offered beside. Empty when the framework names none.
  std::map<std::string, std::string> transcriptHints;
  std::vector<Domain> domains;
  std::vector<Competency> competencies;  // in framework order
  std::vector<Marker> markers;           // in framework order
  std::string source;                    // file it was loaded from, or "built-in:<name>"

  // "icf-core-competencies@2019": the identity observations refer to.
  std::string key() const { return id + "@" + version; }
  // The title as a chooser shows it: with its version in brackets unless the title names it
  // already ("… (2019 model) …" is not followed by "(2019)").
  std::string titleWithVersion() const {
    return title.find(version) != std::string::npos ? title : title + " (" + version + ")";
  }

  const Domain* domain(const std::string& domainId) const;
  const Competency* competency(const std::string& competencyId) const;
  const Marker* marker(const std::string& code) const;
  std::vector<const Competency*> competenciesIn(const std::string& domainId) const;
  std::vector<const Marker*> markersOf(const std::string& competencyId) const;
  // The markers that count as evidence for a competency: its own, or those it derives from.
  std::vector<const Marker*> evidenceMarkersOf(const Competency& competency) const;
};

}  // namespace coachscope::core
