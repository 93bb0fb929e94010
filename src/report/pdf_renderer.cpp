#include "report/pdf_renderer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "report/chart_geometry.h"
#include "report/text_safety.h"

namespace coachscope::report {
namespace {

// A4 in points.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMarginX = 48;
constexpr double kContentTop = 62;
constexpr double kContentBottom = kPageHeight - 56;
constexpr double kContentWidth = kPageWidth - 2 * kMarginX;

constexpr const char* kInk = "#1d2733";
constexpr const char* kMuted = "#5b6875";
constexpr const char* kHeading = "#173f5f";
constexpr const char* kLine = "#dde3ea";

struct Font {
  double size = 9.5;
  bool bold = false;
  bool italic = false;
  bool mono = false;
};

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

// A box drawn behind text as it flows, line by line, so it can continue on the next page.
struct Decor {
  const char* fill = nullptr;  // background, or null
  const char* bar = nullptr;   // left rule, or null
  double x = 0;
  double width = 0;
};

class PdfWriter {
 public:
  PdfWriter(const Document& doc, cairo_surface_t* surface, int totalPages)
      : doc_(doc), surface_(surface), totalPages_(totalPages) {
    cr_ = cairo_create(surface);
  }
  ~PdfWriter() { cairo_destroy(cr_); }
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  void render() {
    page_ = 1;
    masthead();
    for (std::size_t i = 0; i < doc_.sections.size(); ++i) {
      renderSection(doc_.sections[i], i + 1 < doc_.sections.size() ? &doc_.sections[i + 1] : nullptr);
    }
    finishPage();
  }
  int pages() const { return page_; }
  cairo_status_t status() const { return cairo_status(cr_); }

 private:
  // ---- text ----
  Layout layout(const std::string& text, Font font, double width,
                PangoAlignment align = PANGO_ALIGN_LEFT) const {
    Layout l(pango_cairo_create_layout(cr_));
    PangoFontDescription* desc = pango_font_description_new();
    pango_font_description_set_family(desc, font.mono ? "DejaVu Sans Mono" : "DejaVu Sans");
    pango_font_description_set_absolute_size(desc, font.size * PANGO_SCALE);
    pango_font_description_set_weight(desc, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(desc, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(l.get(), desc);
    pango_font_description_free(desc);
    if (width > 0) {
      pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
      pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(l.get(), align);
    const std::string clean = cleanText(text);
    pango_layout_set_text(l.get(), clean.c_str(), static_cast<int>(clean.size()));
    return l;
  }

  static double heightOf(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
  static double widthOf(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
  }
  static double firstLineHeight(PangoLayout* l) {
    PangoLayoutIter* it = pango_layout_get_iter(l);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    pango_layout_iter_free(it);
    return static_cast<double>(logical.height) / PANGO_SCALE;
  }

  void colour(const char* hex, double alpha = 1.0) {
    double r, g, b;
    hexToRgb(hex, r, g, b);
    cairo_set_source_rgba(cr_, r, g, b, alpha);
  }

  // Draws a whole layout at (x, y) without breaking it across pages.
  void drawAt(PangoLayout* l, double x, double y, const char* hex, double alpha = 1.0) {
    if (measuring_) return;
    colour(hex, alpha);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
  }

  void paintDecor(const Decor* decor, double top, double height) {
    if (measuring_ || !decor || height <= 0) return;
    if (decor->fill) {
      colour(decor->fill);
      cairo_rectangle(cr_, decor->x, top, decor->width, height);
      cairo_fill(cr_);
    }
    if (decor->bar) {
      colour(decor->bar);
      cairo_rectangle(cr_, decor->x, top, 3, height);
      cairo_fill(cr_);
    }
  }

  // Draws a layout line by line from the cursor, starting a new page whenever a line would not fit.
  void flow(PangoLayout* l, double x, const char* hex, const Decor* decor = nullptr) {
    PangoLayoutIter* it = pango_layout_get_iter(l);
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      const double lineTop = static_cast<double>(logical.y) / PANGO_SCALE;
      const double lineHeight = static_cast<double>(logical.height) / PANGO_SCALE;
      const double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
      if (y_ + lineHeight > bottom_) newPage();
      paintDecor(decor, y_, lineHeight);
      if (!measuring_) {
        colour(hex);
        cairo_move_to(cr_, x + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline - lineTop);
        pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
      }
      y_ += lineHeight;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
  }

  // Vertical space, painted with the decor when on the same page; never starts a page by itself.
  void gap(double height, const Decor* decor = nullptr) {
    if (y_ + height > bottom_) {
      newPage();
      return;
    }
    paintDecor(decor, y_, height);
    y_ += height;
  }

  void ensureSpace(double height) {
    if (y_ + height > bottom_) newPage();
  }

  void roundedRect(double x, double y, double w, double h, double r) {
    r = std::min({r, w / 2, h / 2});
    cairo_new_sub_path(cr_);
    cairo_arc(cr_, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr_, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr_, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr_, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr_);
  }

  // A pill with text; returns its width. Draws only when not measuring.
  double pill(const std::string& text, double x, double y, Tone tone, bool alignRight = false) {
    Layout l = layout(text, {7.5, true}, 0);
    const double w = widthOf(l.get()) + 12, h = heightOf(l.get()) + 4;
    if (alignRight) x -= w;
    if (!measuring_) {
      colour(toneTint(tone));
      roundedRect(x, y, w, h, h / 2);
      cairo_fill(cr_);
      drawAt(l.get(), x + 6, y + 2, toneColour(tone));
    }
    return w;
  }

  // ---- pages ----
  void finishPage() {
    closeCardBar();
    if (measuring_) return;
    pageFurniture();
    cairo_show_page(cr_);
  }

  void newPage() {
    const bool inCard = cardOpen_;
    finishPage();
    ++page_;
    y_ = kContentTop;
    if (inCard) {
      cardOpen_ = true;
      cardTop_ = y_;
    }
  }

  void pageFurniture() {
    colour(kLine);
    cairo_set_line_width(cr_, 0.6);
    if (page_ > 1) {
      Layout left = layout(doc_.kind + " · " + doc_.title, {7.5, true}, kContentWidth * 0.6 - 8);
      pango_layout_set_ellipsize(left.get(), PANGO_ELLIPSIZE_END);
      drawAt(left.get(), kMarginX, 28, kHeading);
      Layout right = layout(doc_.subtitle, {7.5}, kContentWidth * 0.4, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize(right.get(), PANGO_ELLIPSIZE_END);
      drawAt(right.get(), kMarginX + kContentWidth * 0.6, 28, kMuted);
      colour(kLine);
      cairo_move_to(cr_, kMarginX, 44);
      cairo_line_to(cr_, kPageWidth - kMarginX, 44);
      cairo_stroke(cr_);
    }
    colour(kLine);
    cairo_move_to(cr_, kMarginX, kContentBottom + 18);
    cairo_line_to(cr_, kPageWidth - kMarginX, kContentBottom + 18);
    cairo_stroke(cr_);
    Layout footer = layout(doc_.footer, {7}, kContentWidth * 0.75);
    drawAt(footer.get(), kMarginX, kContentBottom + 24, kMuted);
    const std::string number =
        totalPages_ > 0 ? fmt::format("Page {} of {}", page_, totalPages_) : fmt::format("Page {}", page_);
    Layout pageNumber = layout(number, {7.5, true}, kContentWidth * 0.25, PANGO_ALIGN_RIGHT);
    drawAt(pageNumber.get(), kMarginX + kContentWidth * 0.75, kContentBottom + 24, kMuted);
  }

  // ---- masthead ----
  void masthead() {
    const double padX = kMarginX, top = 40;
    Layout kind = layout(doc_.kind, {8.5, true}, kContentWidth);
    Layout title = layout(doc_.title, {22, true}, kContentWidth);
    Layout subtitle = layout(doc_.subtitle, {10}, kContentWidth);
    const int columns = 3;
    const double columnWidth = (kContentWidth - (columns - 1) * 16) / columns;
    std::vector<std::pair<Layout, Layout>> facts;
    for (const Fact& f : doc_.summary.facts) {
      facts.emplace_back(layout(f.label, {6.8, true}, columnWidth), layout(f.value, {9, true}, columnWidth));
    }
    std::vector<double> rowHeights;
    for (std::size_t i = 0; i < facts.size(); i += columns) {
      double h = 0;
      for (std::size_t k = i; k < std::min(facts.size(), i + columns); ++k) {
        h = std::max(h, heightOf(facts[k].first.get()) + 1 + heightOf(facts[k].second.get()));
      }
      rowHeights.push_back(h + 8);
    }
    double height = top + heightOf(kind.get()) + 4 + heightOf(title.get()) + 4 + heightOf(subtitle.get()) + 16;
    for (double h : rowHeights) height += h;
    height += 12;

    if (!measuring_) {
      cairo_pattern_t* gradient = cairo_pattern_create_linear(0, 0, kPageWidth, height);
      cairo_pattern_add_color_stop_rgb(gradient, 0, 0x17 / 255.0, 0x3f / 255.0, 0x5f / 255.0);
      cairo_pattern_add_color_stop_rgb(gradient, 1, 0x1f / 255.0, 0x5f / 255.0, 0x8b / 255.0);
      cairo_rectangle(cr_, 0, 0, kPageWidth, height);
      cairo_set_source(cr_, gradient);
      cairo_fill(cr_);
      cairo_pattern_destroy(gradient);
    }
    double y = top;
    drawAt(kind.get(), padX, y, "#ffffff", 0.8);
    y += heightOf(kind.get()) + 4;
    drawAt(title.get(), padX, y, "#ffffff");
    y += heightOf(title.get()) + 4;
    drawAt(subtitle.get(), padX, y, "#ffffff", 0.9);
    y += heightOf(subtitle.get()) + 16;
    for (std::size_t i = 0, row = 0; i < facts.size(); i += columns, ++row) {
      for (std::size_t k = i; k < std::min(facts.size(), i + columns); ++k) {
        const double x = padX + static_cast<double>(k - i) * (columnWidth + 16);
        drawAt(facts[k].first.get(), x, y, "#ffffff", 0.7);
        drawAt(facts[k].second.get(), x, y + heightOf(facts[k].first.get()) + 1, "#ffffff");
      }
      y += rowHeights[row];
    }
    y_ = height + 20;
  }

  // ---- sections ----
  void renderSection(const Section& section, const Section* next) {
    if (section.level <= 1) {
      Layout title = layout(section.title, {14, true}, kContentWidth);
      // Keep a heading with the start of what follows it: its own blocks, or the first card.
      if (!measuring_) {
        const double pageHeight = kContentBottom - kContentTop;
        double needed = measure([&] { renderSection(section, nullptr); });
        needed = std::min(needed, heightOf(title.get()) + 200);
        if (next && next->level > 1 && section.blocks.size() <= 1) needed += measure([&] { card(*next); });
        if (y_ + needed > bottom_ && needed <= pageHeight) newPage();
        ensureSpace(heightOf(title.get()) + 90);
      }
      if (y_ > kContentTop + 1) y_ += 10;
      bookmark(section.title, 1);
      flow(title.get(), kMarginX, kHeading);
      y_ += 4;
      if (!measuring_) {
        colour(kLine);
        cairo_rectangle(cr_, kMarginX, y_, kContentWidth, 1.5);
        cairo_fill(cr_);
      }
      y_ += 10;
      renderBlocks(section.blocks, kMarginX, kContentWidth);
      return;
    }
    // A card: kept whole on one page when it fits on one.
    const double height = measure([&] { card(section); });
    if (y_ + height > bottom_ && height <= kContentBottom - kContentTop) newPage();
    card(section);
  }

  void card(const Section& section) {
    const double x = kMarginX + 12, width = kContentWidth - 12;
    Layout badge = layout(section.badge, {7.5, true}, 0);
    const double badgeWidth = section.badge.empty() ? 0 : widthOf(badge.get()) + 20;
    Layout title = layout(section.title, {11.5, true}, width - badgeWidth);
    ensureSpace(heightOf(title.get()) + 60);
    y_ += 6;
    cardOpen_ = true;
    cardTop_ = y_;
    bookmark(section.title, 2);
    const double titleTop = y_;
    flow(title.get(), x, kHeading);
    if (!section.badge.empty()) pill(section.badge, kMarginX + kContentWidth, titleTop + 1, section.badgeTone, true);
    if (!section.subtitle.empty()) {
      y_ += 2;
      Layout subtitle = layout(section.subtitle, {8}, width);
      flow(subtitle.get(), x, kMuted);
    }
    y_ += 6;
    renderBlocks(section.blocks, x, width);
    closeCardBar();
    y_ += 10;
  }

  void closeCardBar() {
    if (!cardOpen_) return;
    cardOpen_ = false;
    if (measuring_) return;
    colour(toneColour(Tone::Accent));
    cairo_rectangle(cr_, kMarginX, cardTop_, 3, std::max(0.0, y_ - cardTop_));
    cairo_fill(cr_);
  }

  // Runs `draw` without drawing, on an endless page, and returns the height it used.
  template <typename F>
  double measure(F draw) {
    const double savedY = y_, savedBottom = bottom_;
    const bool savedMeasuring = measuring_, savedCard = cardOpen_;
    const double savedCardTop = cardTop_;
    const int savedPage = page_;
    measuring_ = true;
    y_ = 0;
    bottom_ = 1e9;
    draw();
    const double height = y_;
    y_ = savedY;
    bottom_ = savedBottom;
    measuring_ = savedMeasuring;
    cardOpen_ = savedCard;
    cardTop_ = savedCardTop;
    page_ = savedPage;
    return height;
  }

  void bookmark(const std::string& title, int level) {
    if (measuring_ || totalPages_ == 0) return;
    const std::string link = fmt::format("page={} pos=[{:.0f} {:.0f}]", page_, kMarginX, y_);
    const int parent = level <= 1 ? CAIRO_PDF_OUTLINE_ROOT : lastTopOutline_;
    const int id = cairo_pdf_surface_add_outline(surface_, parent, cleanText(title).c_str(), link.c_str(),
                                                 static_cast<cairo_pdf_outline_flags_t>(0));
    if (level <= 1) lastTopOutline_ = id;
  }

  // ---- blocks ----
  void renderBlocks(const std::vector<Block>& blocks, double x, double width) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (std::holds_alternative<LineChart>(blocks[i])) {
        // Charts two to a row.
        std::vector<const LineChart*> row;
        while (i < blocks.size() && std::holds_alternative<LineChart>(blocks[i])) {
          row.push_back(&std::get<LineChart>(blocks[i]));
          if (row.size() == 2) {
            chartRow(row, x, width);
            row.clear();
          }
          ++i;
        }
        if (!row.empty()) chartRow(row, x, width);
        --i;
        continue;
      }
      std::visit([&](const auto& value) { renderBlock(value, x, width); }, blocks[i]);
    }
  }

  void heading4(const std::string& text, double x, double width) {
    if (text.empty()) return;
    Layout l = layout(text, {7.5, true}, width);
    ensureSpace(heightOf(l.get()) + 30);
    y_ += 4;
    flow(l.get(), x, kMuted);
    y_ += 3;
  }

  void renderBlock(const FactList& list, double x, double width) {
    const double labelWidth = std::min(130.0, width * 0.3);
    for (const Fact& f : list.facts) {
      Layout label = layout(f.label, {8.5, true}, labelWidth);
      Layout value = layout(f.value, {9}, width - labelWidth - 8);
      const double h = std::max(heightOf(label.get()), heightOf(value.get()));
      ensureSpace(h);
      drawAt(label.get(), x, y_, kMuted);
      drawAt(value.get(), x + labelWidth + 8, y_, kInk);
      y_ += h + 3;
    }
    y_ += 4;
  }

  void renderBlock(const Paragraph& p, double x, double width) {
    Layout l = layout(p.text, {p.muted ? 8.0 : 9.5}, width);
    pango_layout_set_spacing(l.get(), 1 * PANGO_SCALE);
    flow(l.get(), x, p.muted ? kMuted : kInk);
    y_ += 6;
  }

  void renderBlock(const Callout& c, double x, double width) {
    if (!measuring_) {
      // Whole on one page when it fits on one.
      const double height = measure([&] { renderBlock(c, x, width); });
      if (y_ + height > bottom_ && height <= kContentBottom - kContentTop) newPage();
    }
    const Decor decor{toneTint(c.tone), toneColour(c.tone), x, width};
    Layout title = layout(c.title, {9.5, true}, width - 26);
    const bool empty = c.text.empty();
    Layout text = layout(empty ? c.emptyText : c.text, {empty ? 8.5 : 9.5, false, empty}, width - 26);
    pango_layout_set_spacing(text.get(), 1 * PANGO_SCALE);
    ensureSpace(8 + heightOf(title.get()) + 3 + firstLineHeight(text.get()) * 2 + 8);
    gap(8, &decor);
    flow(title.get(), x + 14, toneColour(c.tone), &decor);
    gap(3, &decor);
    flow(text.get(), x + 14, empty ? kMuted : kInk, &decor);
    gap(8, &decor);
    y_ += 8;
  }

  void renderBlock(const Rating& r, double x, double width) {
    const Tone tone = r.value ? Tone::Accent : Tone::Neutral;
    const double pip = 14, step = 17;
    const int count = std::max(1, r.highest - r.lowest + 1);
    const double pipsWidth = count * step;
    Layout label = layout(r.value ? fmt::format("{} · {}", *r.value, r.label) : r.status, {9.5, true},
                          width - pipsWidth - 10);
    Layout descriptor = layout(r.descriptor, {8}, width - pipsWidth - 10);
    const double textHeight =
        heightOf(label.get()) + (r.descriptor.empty() ? 0 : 2 + heightOf(descriptor.get()));
    const double h = std::max(pip + 2, textHeight);
    ensureSpace(h);
    if (!measuring_) {
      for (int v = r.lowest; v <= r.highest; ++v) {
        const double cx = x + (v - r.lowest) * step + pip / 2, cy = y_ + pip / 2 + 1;
        const bool on = r.value && v <= *r.value;
        cairo_new_sub_path(cr_);
        cairo_arc(cr_, cx, cy, pip / 2 - 0.8, 0, 2 * M_PI);
        colour(on ? toneColour(tone) : "#ffffff");
        cairo_fill_preserve(cr_);
        colour(toneColour(tone));
        cairo_set_line_width(cr_, 1.4);
        cairo_stroke(cr_);
        Layout number = layout(std::to_string(v), {6.8, true}, pip, PANGO_ALIGN_CENTER);
        drawAt(number.get(), cx - pip / 2, cy - heightOf(number.get()) / 2, on ? "#ffffff" : toneColour(tone));
      }
    }
    drawAt(label.get(), x + pipsWidth + 10, y_, toneColour(tone));
    if (!r.descriptor.empty()) drawAt(descriptor.get(), x + pipsWidth + 10, y_ + heightOf(label.get()) + 2, kMuted);
    y_ += h + 8;
  }

  void renderBlock(const Verdict& v, double x, double width) {
    Layout label = layout(v.label, {9.5, true}, width - 80);
    ensureSpace(heightOf(label.get()) + 4);
    const double w = pill(v.tone == Tone::Concern ? "Concern" : "Judgement", x, y_, v.tone);
    drawAt(label.get(), x + w + 8, y_, toneColour(v.tone));
    y_ += heightOf(label.get()) + 6;
    if (!v.reason.empty()) {
      Layout reason = layout(v.reason, {9.5}, width);
      flow(reason.get(), x, kInk);
      y_ += 6;
    }
  }

  void renderBlock(const TimedList& list, double x, double width) {
    if (list.items.empty() && list.emptyText.empty()) return;
    heading4(list.title, x, width);
    if (list.items.empty()) {
      Layout l = layout(list.emptyText, {8.5, false, true}, width);
      flow(l.get(), x, kMuted);
      y_ += 6;
      return;
    }
    // Columns as wide as the widest time and code, so every body starts at the same place.
    double timeWidth = 30, codeWidth = 24;
    for (const TimedItem& item : list.items) {
      timeWidth = std::max(timeWidth, widthOf(layout(item.time, {8, false, false, true}, 0).get()) + 6);
      codeWidth = std::max(codeWidth, widthOf(layout(item.code, {7.5, true}, 0).get()) + 12);
    }
    const double codeX = x + timeWidth;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const TimedItem& item = list.items[i];
      const double bodyX = codeX + codeWidth + 8, bodyWidth = x + width - bodyX;
      Layout time = layout(item.time, {8, false, false, true}, timeWidth);
      Layout heading = layout(item.heading, {9}, bodyWidth);
      Layout text = layout(item.text, {9}, bodyWidth);
      Layout quote = layout(item.quote.empty() ? "" : "“" + item.quote + "”", {9, false, true}, bodyWidth - 9);
      ensureSpace(std::max(firstLineHeight(heading.get()), firstLineHeight(text.get())) + 8);
      if (i > 0 && !measuring_) {
        colour(kLine);
        cairo_rectangle(cr_, x, y_, width, 0.6);
        cairo_fill(cr_);
      }
      y_ += 4;
      const double rowTop = y_;
      drawAt(time.get(), x, rowTop + 0.5, kMuted);
      pill(item.code, codeX, rowTop, item.tone);
      if (!item.heading.empty()) flow(heading.get(), bodyX, kInk);
      if (!item.text.empty()) flow(text.get(), bodyX, kInk);
      if (!item.quote.empty()) {
        y_ += 2;
        const Decor rule{nullptr, kLine, bodyX, 3};
        flow(quote.get(), bodyX + 9, "#33404d", &rule);
      }
      y_ = std::max(y_, rowTop + 14);
      y_ += 4;
    }
    y_ += 4;
  }

  void renderBlock(const BulletList& list, double x, double width) {
    heading4(list.title, x, width);
    for (const std::string& item : list.items) {
      Layout l = layout(item, {9.5}, width - 14);
      ensureSpace(firstLineHeight(l.get()));
      Layout bullet = layout("•", {9.5}, 0);
      drawAt(bullet.get(), x + 2, y_, toneColour(Tone::Accent));
      flow(l.get(), x + 14, kInk);
      y_ += 3;
    }
    y_ += 4;
  }

  void barTrack(double x, double y, double w, double value, double maximum, Tone tone) {
    if (measuring_) return;
    const double h = 9;
    colour("#edf0f3");
    roundedRect(x, y, w, h, h / 2);
    cairo_fill(cr_);
    const double fraction = maximum > 0 ? std::clamp(value / maximum, 0.0, 1.0) : 0;
    if (fraction > 0) {
      colour(toneColour(tone));
      roundedRect(x, y, std::max(h, w * fraction), h, h / 2);
      cairo_fill(cr_);
    }
  }

  void renderBlock(const BarChart& chart, double x, double width) {
    heading4(chart.title, x, width);
    const double labelWidth = 100, valueWidth = 178;
    const double trackX = x + labelWidth + 8, trackWidth = width - labelWidth - valueWidth - 24;
    for (const Bar& bar : chart.bars) {
      Layout label = layout(bar.label, {9, true}, labelWidth);
      Layout value = layout(bar.valueText, {8.5, true}, valueWidth);
      const double h = std::max({heightOf(label.get()), heightOf(value.get()), 12.0});
      ensureSpace(h + 6);
      drawAt(label.get(), x, y_, kInk);
      if (bar.value) {
        barTrack(trackX, y_ + 3, trackWidth, *bar.value, bar.maximum, bar.tone);
      } else {
        barTrack(trackX, y_ + 3, trackWidth, 0, 1, bar.tone);
      }
      drawAt(value.get(), trackX + trackWidth + 12, y_, toneColour(bar.tone));
      y_ += h + 6;
    }
    y_ += 4;
  }

  void renderBlock(const ProgressList& list, double x, double width) {
    heading4(list.title, x, width);
    const double labelWidth = 150, valueWidth = 120;
    const double trackX = x + labelWidth + 8, trackWidth = width - labelWidth - valueWidth - 24;
    for (const Progress& p : list.items) {
      const Tone tone = p.met ? Tone::Good : Tone::Warning;
      Layout label = layout(p.label, {9, true}, labelWidth);
      Layout value = layout(p.doneText, {8.5, true}, valueWidth);
      Layout detail = layout(p.detail, {7.8}, trackWidth + valueWidth);
      // The detail goes under the track, clear of it.
      const double detailTop = std::max(heightOf(value.get()), 13.0) + 2;
      const double h = std::max({heightOf(label.get()), detailTop + (p.detail.empty() ? 0 : heightOf(detail.get())), 12.0});
      ensureSpace(h + 7);
      drawAt(label.get(), x, y_, kInk);
      barTrack(trackX, y_ + 3, trackWidth, p.done, p.required, tone);
      drawAt(value.get(), trackX + trackWidth + 12, y_, toneColour(tone));
      if (!p.detail.empty()) drawAt(detail.get(), trackX, y_ + detailTop, kMuted);
      y_ += h + 7;
    }
    y_ += 4;
  }

  void renderBlock(const LineChart& chart, double x, double width) { chartRow({&chart}, x, width); }

  void chartRow(const std::vector<const LineChart*>& charts, double x, double width) {
    const double gapX = 14;
    const double chartWidth = (width - gapX) / 2;
    const double chartHeight = 128;
    double captionHeight = 0, titleHeight = 0;
    for (const LineChart* c : charts) {
      titleHeight = std::max(titleHeight, heightOf(layout(c->title, {9, true}, chartWidth - 16).get()));
      if (!c->caption.empty())
        captionHeight = std::max(captionHeight, heightOf(layout(c->caption, {7.5}, chartWidth - 16).get()));
      if (c->series.size() > 1) captionHeight += 12;
    }
    const double boxHeight = 8 + titleHeight + 4 + chartHeight + (captionHeight > 0 ? captionHeight + 4 : 0) + 6;
    ensureSpace(boxHeight + 10);
    for (std::size_t i = 0; i < charts.size(); ++i) {
      const double bx = x + static_cast<double>(i) * (chartWidth + gapX);
      drawChart(*charts[i], bx, y_, chartWidth, boxHeight, chartHeight);
    }
    y_ += boxHeight + 10;
  }

  void drawChart(const LineChart& chart, double bx, double by, double bw, double bh, double chartHeight) {
    if (measuring_) return;
    colour(kLine);
    cairo_set_line_width(cr_, 0.8);
    roundedRect(bx, by, bw, bh, 6);
    cairo_stroke(cr_);
    Layout title = layout(chart.title, {9, true}, bw - 16);
    drawAt(title.get(), bx + 8, by + 8, kHeading);
    const double top = by + 8 + heightOf(title.get()) + 4;
    const ChartGeometry g = layoutLineChart(chart, bw - 8, chartHeight);
    cairo_save(cr_);
    cairo_translate(cr_, bx + 4, top);
    cairo_set_line_width(cr_, 0.5);
    for (const auto& tick : g.yTicks) {
      colour("#e3e8ee");
      cairo_move_to(cr_, g.plotLeft, tick.position);
      cairo_line_to(cr_, g.plotRight, tick.position);
      cairo_stroke(cr_);
      Layout l = layout(tick.label, {7}, g.plotLeft - 6, PANGO_ALIGN_RIGHT);
      drawAt(l.get(), 0, tick.position - heightOf(l.get()) / 2, kMuted);
    }
    colour("#9aa6b2");
    cairo_move_to(cr_, g.plotLeft, g.plotBottom);
    cairo_line_to(cr_, g.plotRight, g.plotBottom);
    cairo_stroke(cr_);
    for (const auto& tick : g.xTicks) {
      Layout l = layout(tick.label, {6.8}, 60, PANGO_ALIGN_CENTER);
      drawAt(l.get(), tick.position - 30, g.plotBottom + 6, kMuted);
    }
    for (std::size_t s = 0; s < g.runs.size(); ++s) {
      for (const auto& run : g.runs[s]) {
        colour(seriesColour(s));
        cairo_set_line_width(cr_, 1.8);
        cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
        for (std::size_t k = 0; k < run.size(); ++k) {
          if (k == 0) cairo_move_to(cr_, run[k].x, run[k].y);
          else cairo_line_to(cr_, run[k].x, run[k].y);
        }
        if (run.size() > 1) cairo_stroke(cr_);
        cairo_new_path(cr_);
        for (const ChartPoint& p : run) {
          cairo_new_sub_path(cr_);
          cairo_arc(cr_, p.x, p.y, 3.2, 0, 2 * M_PI);
          colour("#ffffff");
          cairo_fill_preserve(cr_);
          colour(seriesColour(s));
          cairo_set_line_width(cr_, 1.6);
          cairo_stroke(cr_);
        }
      }
    }
    cairo_restore(cr_);
    double y = top + chartHeight + 2;
    if (chart.series.size() > 1) {
      double lx = bx + 8;
      for (std::size_t s = 0; s < chart.series.size(); ++s) {
        Layout name = layout(chart.series[s].name, {7}, 0);
        colour(seriesColour(s));
        cairo_rectangle(cr_, lx, y + 2, 7, 7);
        cairo_fill(cr_);
        drawAt(name.get(), lx + 10, y, kMuted);
        lx += widthOf(name.get()) + 22;
      }
      y += 12;
    }
    if (!chart.caption.empty()) {
      Layout caption = layout(chart.caption, {7.5}, bw - 16);
      drawAt(caption.get(), bx + 8, y, kMuted);
    }
  }

  void renderBlock(const Table& t, double x, double width) {
    heading4(t.title, x, width);
    const std::size_t n = t.columns.size();
    if (n == 0) return;
    auto numeric = [&](std::size_t i) { return i < t.numeric.size() && t.numeric[i]; };
    const double pad = 4;
    // Natural widths, then shrink the text columns until the table fits.
    std::vector<double> natural(n, 0);
    auto consider = [&](const std::vector<std::string>& cells, Font font) {
      for (std::size_t i = 0; i < n && i < cells.size(); ++i) {
        natural[i] = std::max(natural[i], std::min(220.0, widthOf(layout(cells[i], font, 0).get()) + 2 * pad));
      }
    };
    consider(t.columns, {6.8, true});
    for (const auto& row : t.rows) consider(row, {8});
    if (t.totals) consider(*t.totals, {8, true});
    double total = 0;
    for (double w : natural) total += w;
    std::vector<double> widths = natural;
    if (total > width) {
      double fixed = 0, flexible = 0;
      for (std::size_t i = 0; i < n; ++i) (numeric(i) ? fixed : flexible) += natural[i];
      const double scale = flexible > 0 ? std::max(0.2, (width - fixed) / flexible) : 1;
      for (std::size_t i = 0; i < n; ++i) {
        if (!numeric(i)) widths[i] = natural[i] * scale;
      }
    } else {
      // Spread the spare width over the text columns.
      std::size_t textColumns = 0;
      for (std::size_t i = 0; i < n; ++i) textColumns += numeric(i) ? 0 : 1;
      const double spare = (width - total) / static_cast<double>(textColumns ? textColumns : n);
      for (std::size_t i = 0; i < n; ++i) {
        if (!textColumns || !numeric(i)) widths[i] += spare;
      }
    }

    auto drawRow = [&](const std::vector<std::string>& cells, Font font, const char* hex) {
      std::vector<Layout> layouts;
      double h = 0;
      for (std::size_t i = 0; i < n; ++i) {
        layouts.push_back(layout(i < cells.size() ? cells[i] : "", font, widths[i] - 2 * pad,
                                 numeric(i) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT));
        h = std::max(h, heightOf(layouts.back().get()));
      }
      double cx = x;
      for (std::size_t i = 0; i < n; ++i) {
        drawAt(layouts[i].get(), cx + pad, y_ + 3, hex);
        cx += widths[i];
      }
      return std::max(h + 6, 20.0);  // room to write in an empty cell of a printed form
    };
    auto rule = [&](double thickness, const char* hex) {
      if (measuring_) return;
      colour(hex);
      cairo_rectangle(cr_, x, y_, width, thickness);
      cairo_fill(cr_);
    };
    auto header = [&]() {
      y_ += drawRow(t.columns, {6.8, true}, kMuted);
      rule(1.2, kLine);
      y_ += 1.2;
    };
    auto rowHeight = [&](const std::vector<std::string>& cells, Font font) {
      double h = 0;
      for (std::size_t i = 0; i < n; ++i) {
        h = std::max(h, heightOf(layout(i < cells.size() ? cells[i] : "", font, widths[i] - 2 * pad).get()));
      }
      return std::max(h + 6, 20.0);
    };
    ensureSpace(40);
    header();
    for (const auto& row : t.rows) {
      const double h = rowHeight(row, {8});
      if (y_ + h > bottom_) {
        newPage();
        header();
      }
      y_ += drawRow(row, {8}, kInk) - 0;
      rule(0.5, kLine);
      y_ += 0.5;
    }
    if (t.totals) {
      const double h = rowHeight(*t.totals, {8, true});
      if (y_ + h > bottom_) {
        newPage();
        header();
      }
      rule(1.2, kInk);
      y_ += 1.2;
      y_ += drawRow(*t.totals, {8, true}, kInk);
    }
    y_ += 8;
  }

  const Document& doc_;
  cairo_surface_t* surface_;
  cairo_t* cr_ = nullptr;
  int totalPages_ = 0;
  int page_ = 0;
  double y_ = kContentTop;
  double bottom_ = kContentBottom;
  bool measuring_ = false;
  bool cardOpen_ = false;
  double cardTop_ = 0;
  int lastTopOutline_ = CAIRO_PDF_OUTLINE_ROOT;
};

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

cairo_status_t discard(void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }

}  // namespace

core::Result<std::string> renderPdf(const Document& doc) {
  // Two passes: the first only counts the pages, so every footer can say "Page n of N".
  int pages = 0;
  {
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(discard, nullptr, kPageWidth, kPageHeight);
    {
      PdfWriter writer(doc, surface, 0);
      writer.render();
      pages = writer.pages();
    }
    cairo_surface_destroy(surface);
  }
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToString, &bytes, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, cleanText(doc.kind + " — " + doc.title).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                 fmt::format("coachscope {}", COACHSCOPE_VERSION).c_str());
  cairo_status_t status;
  {
    PdfWriter writer(doc, surface, pages);
    writer.render();
    status = writer.status();
  }
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return core::Error{"", "", fmt::format("cairo could not write the PDF: {}", cairo_status_to_string(status))};
  }
  return bytes;
}

}  // namespace coachscope::report
