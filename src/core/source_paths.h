#pragma once

namespace coachscope::core {

// The checkout's frameworks/ folder, where a built-but-not-installed coachscope finds the shipped
// frameworks as files. It lives in one generated source file rather than a compile definition, so
// that no other object's compile command names the checkout and ccache can share objects between
// checkouts.
const char* sourceFrameworksDir();

}  // namespace coachscope::core
