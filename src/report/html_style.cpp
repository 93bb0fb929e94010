#include "report/html_style.h"

namespace coachscope::report {

// System fonts only: a report must not fetch anything. Print rules keep cards whole and colours
// on; the narrow-screen rules stack everything in one column for phones.
const char* const kReportCss = R"CSS(
:root {
  --ink: #1d2733; --muted: #5b6875; --line: #dde3ea; --paper: #ffffff; --page: #eef1f5;
  --accent: #1f5f8b; --good: #2e7d4f; --warning: #a35f00; --concern: #b3261e; --neutral: #5b6875;
  --accent-tint: #e6f0f7; --good-tint: #e7f3eb; --warning-tint: #fcf0de; --concern-tint: #fbe8e6; --neutral-tint: #eef1f4;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.55 "DejaVu Sans", "Segoe UI", system-ui, -apple-system, Helvetica, Arial, sans-serif; }
.report { max-width: 880px; margin: 24px auto; background: var(--paper); border-radius: 10px;
  box-shadow: 0 1px 3px rgba(20,30,40,.12), 0 8px 24px rgba(20,30,40,.06); overflow: hidden; }
.masthead { background: linear-gradient(135deg, #173f5f 0%, #1f5f8b 100%); color: #fff; padding: 28px 36px 24px; }
.masthead .kind { margin: 0; text-transform: uppercase; letter-spacing: .12em; font-size: 12px; opacity: .85; }
.masthead h1 { margin: 4px 0 2px; font-size: 30px; line-height: 1.2; font-weight: 700; overflow-wrap: anywhere; }
.masthead .subtitle { margin: 0 0 18px; opacity: .9; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 10px 24px; margin: 0; }
.facts div { min-width: 0; }
.facts dt { font-size: 11px; text-transform: uppercase; letter-spacing: .08em; opacity: .75; }
.facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.content { padding: 8px 36px 28px; }
section > h2 { font-size: 20px; margin: 28px 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--line); color: #173f5f; }
h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 16px 0 6px; }
p { margin: 0 0 10px; overflow-wrap: anywhere; }
.muted { color: var(--muted); font-size: 13.5px; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px; padding: 14px 18px 8px; margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
.card-head { display: flex; gap: 12px; align-items: baseline; justify-content: space-between; flex-wrap: wrap; }
.card h3 { margin: 0; font-size: 17px; color: #173f5f; }
.card .definition { color: var(--muted); font-size: 13.5px; margin: 4px 0 10px; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 2px 10px; border-radius: 999px; white-space: nowrap; }
.tone-neutral { --tone: var(--neutral); --tint: var(--neutral-tint); }
.tone-accent { --tone: var(--accent); --tint: var(--accent-tint); }
.tone-good { --tone: var(--good); --tint: var(--good-tint); }
.tone-warning { --tone: var(--warning); --tint: var(--warning-tint); }
.tone-concern { --tone: var(--concern); --tint: var(--concern-tint); }
.badge { color: var(--tone); background: var(--tint); }
.callout { border-radius: 8px; padding: 12px 16px; margin: 10px 0; background: var(--tint); border-left: 4px solid var(--tone); break-inside: avoid; }
.callout h3 { margin: 0 0 6px; font-size: 15px; color: var(--tone); }
.callout p:last-child { margin-bottom: 0; }
.rating { display: flex; gap: 14px; align-items: flex-start; margin: 6px 0 12px; }
.pips { display: flex; gap: 4px; flex: none; padding-top: 2px; }
.pip { width: 22px; height: 22px; border-radius: 50%; border: 2px solid var(--tone); color: var(--tone); font-size: 11px; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.pip.on { background: var(--tone); color: #fff; }
.rating strong { display: block; color: var(--tone); }
.rating .descriptor { color: var(--muted); font-size: 13.5px; margin: 2px 0 0; }
.verdict { display: flex; gap: 10px; align-items: baseline; margin: 6px 0 12px; flex-wrap: wrap; }
.verdict strong { color: var(--tone); }
.timeline { list-style: none; margin: 0 0 10px; padding: 0; }
.timeline li { display: grid; grid-template-columns: 58px auto 1fr; gap: 4px 10px; padding: 7px 0; border-top: 1px solid var(--line); align-items: baseline; }
.timeline li { grid-template-columns: 58px 92px 1fr; }
.timeline.dated li { grid-template-columns: 84px 92px 1fr; }
.timeline .code { justify-self: start; }
.timeline li:first-child { border-top: none; }
.timeline .time { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); }
.timeline .code { font-size: 12px; font-weight: 700; color: var(--tone); background: var(--tint); padding: 1px 8px; border-radius: 4px; white-space: nowrap; }
.timeline .body p { margin: 0; }
.timeline blockquote { margin: 4px 0 0; padding: 2px 0 2px 10px; border-left: 3px solid var(--line); font-style: italic; color: #33404d; overflow-wrap: anywhere; }
.bars { margin: 8px 0 12px; }
.bar-row { display: grid; grid-template-columns: 150px 1fr 260px; gap: 12px; align-items: center; padding: 4px 0; }
.bar-label { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.bar-track { height: 14px; background: #edf0f3; border-radius: 7px; overflow: hidden; }
.bar-fill { display: block; height: 100%; background: var(--tone); border-radius: 7px; }
.bar-value { font-size: 13px; color: var(--tone); font-weight: 600; }
.progress .bar-row { grid-template-columns: 210px 1fr 170px; }
.progress .detail { grid-column: 2 / 4; font-size: 12.5px; color: var(--muted); margin-top: -4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 14px; margin: 10px 0; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px 6px; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 14px; color: #173f5f; }
figure.chart .caption { font-size: 12.5px; color: var(--muted); margin: 2px 0 0; }
figure.chart svg { width: 100%; height: auto; display: block; }
.legend { display: flex; gap: 12px; flex-wrap: wrap; font-size: 12px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 2px; background: var(--swatch); margin-right: 5px; vertical-align: -1px; }
ul.bullets { margin: 4px 0 12px; padding-left: 22px; }
.table-wrap { overflow-x: auto; margin: 8px 0 14px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px 8px; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; height: 30px; vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: none; }
.report > footer { border-top: 1px solid var(--line); padding: 12px 36px 18px; color: var(--muted); font-size: 12px; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  .report { margin: 0; border-radius: 0; box-shadow: none; }
  .masthead { padding: 20px 18px; }
  .masthead h1 { font-size: 24px; }
  .facts { grid-template-columns: 1fr 1fr; gap: 8px 14px; }
  .content { padding: 4px 16px 20px; }
  .report > footer { padding: 12px 16px; }
  .bar-row, .progress .bar-row { grid-template-columns: minmax(120px, 1fr) auto; }
  .bar-value { text-align: right; font-size: 12.5px; }
  .bar-row .bar-track { grid-column: 1 / 3; grid-row: 2; }
  .progress .detail { grid-column: 1 / 3; }
  .timeline li, .timeline.dated li { grid-template-columns: auto 1fr; }
  .timeline .body { grid-column: 1 / 3; }
  .charts { grid-template-columns: 1fr; }
  .rating { flex-direction: column; gap: 6px; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .report { max-width: none; margin: 0; box-shadow: none; border-radius: 0; }
  .masthead, .badge, .callout, .pip, .bar-track, .bar-fill, .timeline .code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .content { padding: 0 4mm; }
  section > h2 { break-after: avoid; page-break-after: avoid; }
  h4 { break-after: avoid; }
  .card, .callout, figure.chart, .bar-row, .timeline li, tr { break-inside: avoid; page-break-inside: avoid; }
}
)CSS";

}  // namespace coachscope::report
