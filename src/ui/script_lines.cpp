#include "ui/script_lines.h"

#include <chrono>
#include <fstream>

namespace coachscope::ui {
namespace {

double steadySeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

core::Status readScriptLines(const std::filesystem::path& file, std::vector<std::string>& lines) {
  std::ifstream in(file);
  if (!in) return core::Error{file.string(), "", "cannot read the script"};
  lines.clear();
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return core::Done{};
}

void runNextScriptLine(const std::vector<std::string>& lines, std::size_t& next,
                       const std::function<bool(const std::string&)>& action) {
  while (next < lines.size()) {
    const std::string& line = lines[next];
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') {
      ++next;
      continue;
    }
    if (action(line.substr(start))) ++next;
    return;  // one action a frame
  }
}

std::string restOf(std::istringstream& in) {
  std::string rest;
  std::getline(in, rest);
  const auto start = rest.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : rest.substr(start);
}

bool waitOver(double& until, double seconds) {
  if (until == 0) until = steadySeconds() + seconds;
  if (steadySeconds() < until) return false;
  until = 0;
  return true;
}

}  // namespace coachscope::ui
