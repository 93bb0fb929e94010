// A report as PDF through cairo and pango: A4 pages with real text layout (wrapping, page breaks,
// cards kept whole where they fit), a running header, "Page n of N" footers, vector charts and
// bookmarks for the sections.
#pragma once

#include <string>

#include "core/result.h"
#include "report/report_document.h"

namespace coachscope::report {

// The PDF file's bytes, or an error naming what cairo refused.
core::Result<std::string> renderPdf(const Document& document);

}  // namespace coachscope::report
