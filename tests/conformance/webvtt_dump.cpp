// Prints, as JSON, the cues the WebVTT file parsing algorithm reads from a file (id, times,
// text exactly as a browser's VTTCue has them), before any transcript repair. Used by
// run_wpt_file_parsing.py to measure the parser against web-platform-tests' conformance files.
//
//   webvtt_dump FILE.vtt   -> {"cues": [...]}  or  {"error": "..."} when the file is refused
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "core/transcript_input.h"
#include "core/transcript_webvtt.h"

using namespace coachscope::core;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: webvtt_dump FILE.vtt\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  nlohmann::json out;
  auto decoded = transcript_input::decodeText(bytes, argv[1]);
  if (!decoded) {
    out["error"] = decoded.error().message();
  } else {
    const auto lines = transcript_input::splitLines(decoded->text);
    if (lines.empty() || !webvtt::hasSignature(lines.front())) {
      out["error"] = "no WEBVTT signature";
    } else {
      out["cues"] = nlohmann::json::array();
      for (const auto& cue : webvtt::readBlocks(lines).cues) {
        std::string text;
        for (std::size_t i = 0; i < cue.payload.size(); ++i) text += (i ? "\n" : "") + std::string(cue.payload[i]);
        out["cues"].push_back({{"id", cue.id}, {"startTime", cue.start}, {"endTime", cue.end}, {"text", text}});
      }
    }
  }
  std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return 0;
}
