#include "report/report_format.h"

#include <algorithm>
#include <cctype>

#include "report/html_renderer.h"
#include "report/markdown_renderer.h"
#include "report/pdf_renderer.h"
#include "store/atomic_file.h"

namespace coachscope::report {

std::optional<Format> formatFromName(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!name.empty() && name.front() == '.') name.erase(name.begin());
  if (name == "html" || name == "htm") return Format::Html;
  if (name == "pdf") return Format::Pdf;
  if (name == "md" || name == "markdown") return Format::Markdown;
  if (name == "csv") return Format::Csv;
  return std::nullopt;
}

std::optional<Format> formatFromPath(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension.empty()) return std::nullopt;
  return formatFromName(extension);
}

const char* formatName(Format format) {
  switch (format) {
    case Format::Html: return "html";
    case Format::Pdf: return "pdf";
    case Format::Markdown: return "md";
    case Format::Csv: return "csv";
  }
  return "html";
}

const char* formatExtension(Format format) {
  switch (format) {
    case Format::Html: return ".html";
    case Format::Pdf: return ".pdf";
    case Format::Markdown: return ".md";
    case Format::Csv: return ".csv";
  }
  return ".html";
}

core::Result<std::string> renderDocument(const Document& document, Format format) {
  switch (format) {
    case Format::Html: return renderHtml(document);
    case Format::Markdown: return renderMarkdown(document);
    case Format::Pdf: return renderPdf(document);
    case Format::Csv: break;
  }
  return core::Error{"", "", "this report has no CSV form (CSV is the coaching log of a learner record)"};
}

core::Status writeDocument(const Document& document, Format format, const std::filesystem::path& path) {
  auto bytes = renderDocument(document, format);
  if (!bytes) {
    core::Error error = bytes.error();
    error.file = path.string();
    return error;
  }
  return store::writeFileAtomically(path, *bytes);
}

}  // namespace coachscope::report
