#pragma once

// Where tests find their fixtures and scratch space, and the checkout's shipped frameworks. The
// paths come from one generated source file (tests/CMakeLists.txt) instead of compile definitions,
// so no test object's compile command names the checkout and ccache shares them between checkouts.
#include "core/source_paths.h"

namespace coachscope::testing {
const char* fixturesDir();
const char* scratchDir();
}  // namespace coachscope::testing

#define COACHSCOPE_TEST_FIXTURES (::coachscope::testing::fixturesDir())
#define COACHSCOPE_TEST_TMP (::coachscope::testing::scratchDir())
#define COACHSCOPE_FRAMEWORKS_DIR (::coachscope::core::sourceFrameworksDir())
