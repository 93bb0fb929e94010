// The output formats a report can be written in, chosen by name or by the file's extension, and
// writing a finished document to disk atomically in one of them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/result.h"
#include "report/report_document.h"

namespace coachscope::report {

enum class Format { Html, Pdf, Markdown, Csv };

// "html", "pdf", "md" (or "markdown"), "csv"; nullopt otherwise.
std::optional<Format> formatFromName(std::string name);
// From ".html"/".htm", ".pdf", ".md"/".markdown", ".csv" (any case); nullopt otherwise.
std::optional<Format> formatFromPath(const std::filesystem::path& path);
const char* formatName(Format format);
const char* formatExtension(Format format);  // ".html", ...

// The document in `format` (Html, Pdf or Markdown) as bytes.
core::Result<std::string> renderDocument(const Document& document, Format format);
// Renders and writes atomically: a failed render leaves any existing file untouched.
core::Status writeDocument(const Document& document, Format format, const std::filesystem::path& path);

}  // namespace coachscope::report
