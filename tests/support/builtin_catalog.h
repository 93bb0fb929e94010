// The frameworks and programmes compiled into coachscope, for tests that read files the way the
// commands do (every observation and record reader checks against a catalog).
#pragma once

#include "core/catalog.h"

namespace coachscope::testing {

inline const core::Catalog& builtInCatalog() {
  static const core::Catalog catalog = [] {
    core::Catalog c;
    c.addBuiltIns();
    return c;
  }();
  return catalog;
}

}  // namespace coachscope::testing
