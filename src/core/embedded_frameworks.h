// The framework and programme files compiled into the binary (generated from frameworks/*.json),
// so coachscope always opens on a working default even when no frameworks folder is found.
#pragma once

#include <string_view>
#include <vector>

namespace coachscope::core {

struct EmbeddedFile {
  std::string_view name;
  std::string_view contents;
};

const std::vector<EmbeddedFile>& embeddedFrameworkFiles();

}  // namespace coachscope::core
