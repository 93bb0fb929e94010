// A report as Markdown, for pasting into a portfolio document or a message. Charts become tables
// of their numbers; people's text is escaped so it reads as written.
#pragma once

#include <string>

#include "report/report_document.h"

namespace coachscope::report {

std::string renderMarkdown(const Document& document);

}  // namespace coachscope::report
