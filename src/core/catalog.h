// Every framework and programme the app knows of: the built-in ones, a frameworks folder, and
// files the user names. Files that fail to load are kept as problems to show, never fatal.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/framework.h"
#include "core/programme.h"

namespace coachscope::core {

class Catalog {
 public:
  // The frameworks compiled into the binary.
  void addBuiltIns();
  // Every *.json directly in `folder` (schemas live in a subfolder and are skipped).
  void addFolder(const std::filesystem::path& folder);
  // One file; returns false (and records the problem) when it does not load.
  bool addFile(const std::filesystem::path& file);
  // Text already read; `name` is what errors call it.
  bool addText(std::string_view text, const std::string& name);

  const std::vector<Framework>& frameworks() const { return frameworks_; }
  const std::vector<Programme>& programmes() const { return programmes_; }
  const std::vector<Error>& problems() const { return problems_; }

  // By "id@version", or by id alone (then the highest version wins).
  const Framework* framework(const std::string& idOrKey) const;
  const Programme* programme(const std::string& idOrKey) const;
  // The framework to open when nothing is chosen: the newest ICF-style default (first built-in).
  const Framework* defaultFramework() const;

 private:
  // A later file with the same id@version replaces an earlier one: a centre's folder overrides
  // the built-ins.
  void put(Framework framework);
  void put(Programme programme);

  std::vector<Framework> frameworks_;
  std::vector<Programme> programmes_;
  std::vector<Error> problems_;
  std::string defaultKey_;
};

// The folders searched for frameworks, in order: $COACHSCOPE_FRAMEWORKS, the installed share
// folder next to the binary, and the source tree's frameworks/ (for a build run in place).
std::vector<std::filesystem::path> defaultFrameworkFolders(const std::filesystem::path& executable);

}  // namespace coachscope::core
