// `coachscope transcript FILE.vtt|FILE.srt`: checks a transcript, and writes the assessor-ready
// version (coach and client on separate lines, a timestamp at each change of speaker) as text or
// HTML, its evidence hints, or every cue, speaker and warning as JSON. What the reader skipped or
// repaired is printed as warnings (exit 0); --strict makes them errors (exit 1).
#include <fmt/format.h>

#include <iostream>

#include "app/command_line.h"
#include "app/subcommands.h"
#include "core/transcript.h"
#include "core/transcript_evidence.h"
#include "core/transcript_export.h"
#include "core/transcript_json.h"
#include "store/atomic_file.h"

namespace coachscope::app {
namespace {

struct TranscriptOptions {
  std::string file;
  std::string speakers;
  std::string format = "text";
  std::string output;
  std::string title;
  std::string framework;
  double silenceSeconds = 5;
  bool strict = false;
};

std::string hintsText(const core::Transcript& transcript, const core::SpeakerRoles& roles,
                      const core::Framework* framework, double silenceSeconds) {
  const core::TranscriptEvidence evidence = core::analyseTranscript(transcript, roles, {silenceSeconds});
  std::string out;
  for (const core::EvidenceHint& hint : core::evidenceHints(evidence, roles, framework)) {
    const long t = static_cast<long>(hint.time);
    const std::string when = hint.time < 0 ? "        " : fmt::format("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60);
    out += fmt::format("{}  {:<5} {}\n", when, hint.markerCode, hint.text);
  }
  return out;
}

int run(const TranscriptOptions& options, const CommandContext& context) {
  auto transcript = core::loadTranscriptFile(options.file);
  if (!transcript) {
    fmt::print(stderr, "{}\n", transcript.error().message());
    return kExitFailure;
  }
  for (const core::TranscriptWarning& w : transcript->warnings) {
    fmt::print(stderr, "{}: {}{}\n", options.file, options.strict ? "" : "warning: ", w.message());
  }
  if (options.strict && !transcript->warnings.empty()) {
    fmt::print(stderr, "{}: {} {} (--strict): nothing written\n", options.file, transcript->warnings.size(),
               transcript->warnings.size() == 1 ? "problem" : "problems");
    return kExitFailure;
  }
  core::SpeakerRoles roles;
  if (!options.speakers.empty()) {
    auto parsed = core::parseSpeakerRoles(options.speakers);
    if (!parsed) {
      fmt::print(stderr, "{}\n", parsed.error().message());
      return kExitUsage;
    }
    roles = *parsed;
    for (const auto& [name, role] : roles.bySpeaker) {
      const auto speakers = transcript->speakers();
      if (std::find(speakers.begin(), speakers.end(), name) == speakers.end()) {
        fmt::print(stderr, "--speakers: \"{}\" does not speak in {} (speakers: {})\n", name, options.file,
                   fmt::join(speakers, ", "));
        return kExitUsage;
      }
    }
  } else {
    roles = core::guessSpeakerRoles(*transcript);
    for (const auto& [name, role] : roles.bySpeaker) {
      fmt::print(stderr, "guessed {} = {} (set --speakers to be sure)\n", name, core::toString(role));
    }
  }
  const std::string title = options.title.empty() ? "Transcript: " + std::filesystem::path(options.file).filename().string()
                                                  : options.title;
  std::string text;
  if (options.format == "json") {
    text = core::transcriptToJson(*transcript, roles, options.speakers.empty())
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
           "\n";
  } else if (options.format == "html") {
    text = core::exportTranscriptHtml(*transcript, roles, title);
  } else if (options.format == "hints") {
    core::Catalog catalog = context.loadCatalog();
    const core::Framework* framework =
        options.framework.empty() ? catalog.defaultFramework() : catalog.framework(options.framework);
    if (!framework) {
      fmt::print(stderr, "--framework: no framework \"{}\" (see coachscope frameworks)\n", options.framework);
      return kExitUsage;
    }
    text = hintsText(*transcript, roles, framework, options.silenceSeconds);
  } else {
    text = core::exportTranscriptText(*transcript, roles, title);
  }
  if (options.output.empty() || options.output == "-") {
    std::cout << text;
    return kExitOk;
  }
  auto written = store::writeFileAtomically(options.output, text);
  if (!written) {
    fmt::print(stderr, "{}\n", written.error().message());
    return kExitFailure;
  }
  fmt::print("{}: {} cues, {} speakers, {} warnings -> {}\n", options.file, transcript->cues.size(),
             transcript->speakers().size(), transcript->warnings.size(), options.output);
  return kExitOk;
}

}  // namespace

void addTranscriptCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<TranscriptOptions>();
  CLI::App* cmd = app.add_subcommand(
      "transcript",
      "Check a WebVTT or SRT transcript; write the assessor-ready version (text or HTML), its evidence hints, or JSON");
  cmd->add_option("file", options->file, "The transcript (.vtt or .srt)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--speakers", options->speakers, "Who is who: \"Jane=coach,Sam=client\" (default: a guess)");
  cmd->add_option("--format", options->format,
                  "text, html, hints (evidence hints with timestamps), or json (every cue, speaker and warning)")
      ->check(CLI::IsMember({"text", "html", "hints", "json"}));
  cmd->add_flag("--strict", options->strict, "Refuse a transcript that needed any repair (exit 1; nothing written)");
  cmd->add_option("-o,--output", options->output, "Write here (atomically) instead of standard output");
  cmd->add_option("--title", options->title, "Heading of the export");
  cmd->add_option("--framework-key", options->framework, "Framework whose markers the hints point at (id or id@version)");
  cmd->add_option("--silence", options->silenceSeconds, "Hints list silences at least this long (seconds)")
      ->check(CLI::PositiveNumber);
  cmd->callback([options, &context] { context.exitCode = run(*options, context); });
}

}  // namespace coachscope::app
