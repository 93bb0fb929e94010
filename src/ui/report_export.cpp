#include "ui/report_export.h"

#include <imgui.h>
#include <imgui_stdlib.h>


#include "core/file_slug.h"
#include "report/exporter.h"
#include "report/report_text.h"
#include "store/workspace.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace coachscope::ui {
namespace {

constexpr const char* kPopup = "Export report##popup";

struct Offered {
  report::Format format;
  const char* label;
};

const Offered kObservationFormats[] = {
    {report::Format::Html, "HTML (web page, prints well)"},
    {report::Format::Pdf, "PDF"},
    {report::Format::Markdown, "Markdown (to paste into a document)"},
};
const Offered kRecordFormats[] = {
    {report::Format::Html, "Progress report, HTML"},
    {report::Format::Pdf, "Progress report, PDF"},
    {report::Format::Markdown, "Progress report, Markdown"},
    {report::Format::Csv, "Coaching log, CSV (spreadsheet)"},
};
const Offered kCohortFormats[] = {
    {report::Format::Html, "Cohort report, HTML"},
    {report::Format::Pdf, "Cohort report, PDF"},
    {report::Format::Markdown, "Cohort report, Markdown"},
    {report::Format::Csv, "Cohort table, CSV (spreadsheet)"},
};

// The popup shared by both kinds: `write` does the export to the chosen path in the chosen format.
template <std::size_t N, typename Write>
void drawExport(AppState& state, const std::string& subject, const Offered (&formats)[N],
                const std::filesystem::path& suggested, const char* kindWord, Write write) {
  ReportExportState& s = state.reportExport;
  if (ImGui::Button("Export report...##report")) {
    s.subject = subject;
    s.format = 0;
    s.path = suggested.string();
    s.lastWritten.clear();
    s.error.clear();
    ImGui::OpenPopup(kPopup);
  }
  if (!ImGui::BeginPopup(kPopup)) return;
  if (s.subject != subject) {  // the panel switched to another observation or learner
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(kindWord);
  ImGui::PopFont();
  for (std::size_t i = 0; i < N; ++i) {
    if (ImGui::RadioButton(formats[i].label, s.format == static_cast<int>(i))) {
      s.format = static_cast<int>(i);
      // Keep the extension in step with the format.
      std::filesystem::path p = s.path;
      p.replace_extension(report::formatExtension(formats[i].format));
      s.path = p.string();
    }
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("Save as");
  ImGui::SetNextItemWidth(520);
  ImGui::InputText("##path", &s.path);
  if (ImGui::Button("Export##write")) {
    const report::Format format = formats[std::min<std::size_t>(static_cast<std::size_t>(s.format), N - 1)].format;
    const std::filesystem::path target = s.path;
    core::Status status = write(format, target);
    if (status) {
      s.lastWritten = s.path;
      s.error.clear();
      state.notify(Notice::Level::Info, "Report written to " + s.path);
    } else {
      s.lastWritten.clear();
      s.error = status.error().message();
      state.notifyError(status.error());
    }
  }
  ImGui::SameLine();
  if (ImGui::Button("Close##export")) ImGui::CloseCurrentPopup();
  if (!s.lastWritten.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(palette().good, "Written to %s", s.lastWritten.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy path##export")) ImGui::SetClipboardText(s.lastWritten.c_str());
  }
  if (!s.error.empty()) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 520);
    ImGui::TextColored(palette().danger, "%s", s.error.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndPopup();
}

}  // namespace

std::filesystem::path defaultReportPath(const std::filesystem::path& workspace, const std::string& learnerName,
                                        const std::string& date, const std::string& kind, report::Format format) {
  std::string name = core::fileSlug(learnerName);
  const std::string day = report::isoDay(date);
  if (!day.empty()) name += "-" + day;
  name += "-" + kind + report::formatExtension(format);
  return workspace / "reports" / name;
}

void drawObservationExport(AppState& state, const core::Observation& observation,
                           const std::filesystem::path& workspace) {
  const auto suggested =
      defaultReportPath(workspace, observation.context.learnerName, observation.context.date, "feedback",
                        kObservationFormats[0].format);
  drawExport(state, "observation:" + observation.id, kObservationFormats, suggested, "Session feedback report",
             [&](report::Format format, const std::filesystem::path& path) {
               return report::exportObservation(observation, state.catalog, format, path);
             });
}

void drawRecordExport(AppState& state, const core::ProgressRecord& record, const std::filesystem::path& workspace) {
  const auto suggested = defaultReportPath(workspace, record.currentProfile().name, report::todayIso(), "progress",
                                           kRecordFormats[0].format);
  drawExport(state, "record:" + record.learnerId, kRecordFormats, suggested, "Progress report or coaching log",
             [&](report::Format format, const std::filesystem::path& path) {
               return report::exportRecord(record, state.catalog, format, path);
             });
}

void drawCohortExport(AppState& state, const core::CohortView& view, const core::Framework& framework,
                      const std::filesystem::path& workspace) {
  const auto suggested = defaultReportPath(workspace, "cohort " + view.cohort, report::todayIso(), "competencies",
                                           kCohortFormats[0].format);
  drawExport(state, "cohort:" + view.cohort, kCohortFormats, suggested, "A cohort's competencies",
             [&](report::Format format, const std::filesystem::path& path) {
               return report::exportCohort(view, framework, format, path);
             });
}

}  // namespace coachscope::ui
