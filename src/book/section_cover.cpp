// The cover: classification, title and its native form, subtitle, the trip's dates, the
// recipient of a personalised book; edition details at the foot.

#include <algorithm>

#include "book/anchors.hpp"
#include "book/person_names.hpp"
#include "book/sections.hpp"
#include "render/translate.hpp"

namespace briefbook::book {

namespace {

using layout::StyleRole;

/// Places paragraphs one under another at fixed page positions (the cover is not flowed).
class CoverStack {
public:
    CoverStack(const BookContext& context, flow::FixedBlock& block, Pt left, Pt top)
        : context_(context), block_(block), left_(left), y_(top) {}

    void add(const RichText& text, StyleRole role, Pt space_before = Pt()) {
        if (text.empty()) return;
        const auto& style = context_.style(role);
        y_ += space_before;
        const auto lines = context_.typesetter.lines(*context_.typesetter.prepared(text, style), text, style,
                                                     context_.measure());
        for (const auto& line : lines) {
            const Pt baseline = y_ + line.ascent;
            for (auto item : line.items) {
                render::translate(item, left_, baseline);
                block_.items.push_back(std::move(item));
            }
            for (auto link : line.links) {
                render::translate(link, left_, baseline);
                block_.links.push_back(std::move(link));
            }
            y_ += line.advance;
        }
        y_ += style.space_after;
    }
    void move_to(Pt y) { y_ = y; }
    [[nodiscard]] Pt y() const { return y_; }

private:
    const BookContext& context_;
    flow::FixedBlock& block_;
    Pt left_;
    Pt y_;
};

std::string trip_dates(const BookContext& context) {
    const auto days = context.schedule.days();
    if (days.empty()) return {};
    auto [first, last] = std::minmax_element(days.begin(), days.end());
    return context.dates.date_range(*first, *last);
}

bool present(const BookContext&) { return true; }

std::string title(const BookContext& context) {
    const auto* primary = context.briefing.meta.title.primary(context.lang());
    return primary ? primary->text : std::string();
}

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    const auto& meta = context.briefing.meta;
    const auto& page = context.layout.page;
    flow::FixedBlock cover;
    cover.suppress_running_heads = true;
    cover.markers.push_back({section_anchor(layout::SectionKind::kCover), title(context), 0, std::string()});
    const Pt left = page.text_left(0);
    CoverStack stack(context, cover, left, page.margins.top);

    RichText classification;
    context.append_localized(classification, StyleRole::kCoverMeta, meta.classification);
    stack.add(classification, StyleRole::kCoverMeta);

    if (meta.logo) {
        if (auto image = context.images.use(*meta.logo, context.briefing, context.diagnostics())) {
            const auto& box = context.layout.images.cover_logo;
            const auto& asset = image->second;
            const double scale = std::min(box.max_width.value / asset.upright_width(),
                                          box.max_height.value / asset.upright_height());
            const Pt width(asset.upright_width() * scale), height(asset.upright_height() * scale);
            cover.items.push_back(render::ImageItem{image->first, left, stack.y() + Pt(12), width, height});
            stack.move_to(stack.y() + Pt(12) + height);
        }
    }

    // The title block sits a third of the way down the page.
    stack.move_to(max(stack.y() + Pt(24), page.height * 0.30));
    const auto* primary_title = meta.title.primary(context.lang());
    if (primary_title) stack.add(context.plain(StyleRole::kTitle, primary_title->text, primary_title->lang), StyleRole::kTitle);
    if (const auto* native = meta.title.native(context.lang()))
        stack.add(context.plain(StyleRole::kSubtitle, native->text, native->lang), StyleRole::kSubtitle);
    RichText subtitle;
    context.append_localized(subtitle, StyleRole::kSubtitle, meta.subtitle);
    stack.add(subtitle, StyleRole::kSubtitle, Pt(6));
    stack.add(context.plain(StyleRole::kCoverMeta, trip_dates(context)), StyleRole::kCoverMeta, Pt(12));

    if (const auto* person = context.schedule.recipient) {
        const auto name = display_name(*person, context.lang());
        const std::string line = context.labels.format(layout::Label::kPreparedFor, {{"name", name.primary}});
        RichText prepared_for = context.plain(StyleRole::kH2, line);
        if (!name.native.empty()) {
            prepared_for.append(" ", context.span(StyleRole::kH2));
            prepared_for.append(name.native, context.name_span(StyleRole::kH2, name.native_lang));
        }
        stack.add(prepared_for, StyleRole::kH2, Pt(24));
    }

    // Edition details at the foot of the page.
    std::vector<RichText> foot;
    auto fact = [&](layout::Label label, const model::Localized& value) {
        if (value.empty()) return;
        RichText line = context.plain(StyleRole::kCoverMeta, context.label(label) + ": ");
        context.append_localized(line, StyleRole::kCoverMeta, value);
        foot.push_back(std::move(line));
    };
    fact(layout::Label::kPreparedBy, meta.prepared_by);
    fact(layout::Label::kVersion, meta.version);
    if (meta.date)
        foot.push_back(context.plain(StyleRole::kCoverMeta,
                                     context.label(layout::Label::kIssued) + ": " + context.dates.date(*meta.date)));
    const auto& meta_style = context.style(StyleRole::kCoverMeta);
    const Pt foot_height = (meta_style.leading + meta_style.space_after) * static_cast<double>(foot.size() + 1);
    stack.move_to(max(stack.y() + Pt(12), page.height - page.margins.bottom - foot_height));
    for (const auto& line : foot) stack.add(line, StyleRole::kCoverMeta);
    stack.add(classification, StyleRole::kCoverMeta);

    flow.emplace_back(std::move(cover));
}

}  // namespace

extern const SectionComposer kCoverComposer{present, title, compose, nullptr};

}  // namespace briefbook::book
