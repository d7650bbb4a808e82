#include "book/compose_book.hpp"

#include <set>

#include "book/book_context.hpp"
#include "book/running_heads.hpp"
#include "book/schedule.hpp"
#include "book/sections.hpp"
#include "flow/paginate.hpp"
#include "layout/date_format.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::book {

namespace {

/// The page frame pagination fills, from the layout's page geometry.
flow::PageFrame page_frame(const layout::Layout& layout) {
    const auto& page = layout.page;
    flow::PageFrame frame;
    frame.page_width = page.width;
    frame.page_height = page.height;
    frame.top = page.margins.top;
    frame.bottom = page.margins.bottom;
    frame.inner = page.margins.inner;
    frame.outer = page.margins.outer;
    frame.duplex = page.duplex;
    return frame;
}

/// The sections the book has, in the layout's order (a section with nothing to show is left out).
std::vector<layout::Section> present_sections(const BookContext& context) {
    std::vector<layout::Section> out;
    for (const auto& section : context.layout.sections)
        if (section_composer(section.kind).present(context)) out.push_back(section);
    return out;
}

std::vector<ContentsEntry> contents_entries(const BookContext& context, const std::vector<layout::Section>& sections) {
    std::vector<ContentsEntry> entries;
    for (const auto& section : sections) {
        using layout::SectionKind;
        if (section.kind == SectionKind::kCover || section.kind == SectionKind::kContents) continue;
        const auto& composer = section_composer(section.kind);
        entries.push_back({composer.title(context), context.lang(), std::string("s.") + std::string(layout::section_name(section.kind)), 0});
        if (composer.parts)
            for (auto& part : composer.parts(context)) entries.push_back(std::move(part));
    }
    return entries;
}

/// One pass: every present section, each after the break the layout asks for.
std::vector<flow::FlowItem> compose_flow(const BookContext& context) {
    std::vector<flow::FlowItem> flow;
    const auto sections = present_sections(context);
    for (const auto& section : sections) {
        if (section.kind != layout::SectionKind::kCover || !flow.empty())
            flow.emplace_back(flow::PageBreakBlock{section.recto_start && context.layout.page.duplex});
        if (section.kind == layout::SectionKind::kContents)
            compose_contents(context, contents_entries(context, sections), flow);
        else
            section_composer(section.kind).compose(context, flow);
    }
    return flow;
}

PageMap page_numbers(const flow::Pagination& pagination) {
    PageMap pages;
    for (const auto& [anchor, index] : pagination.anchor_pages) pages[anchor] = index + 1;
    return pages;
}

/// The document's creation time: the option, else the issue date at noon UTC (reproducible).
std::int64_t creation_time(const model::Briefing& briefing, const BookOptions& options) {
    if (options.created != 0) return options.created;
    if (!briefing.meta.date) return 0;
    const model::LocalDateTime noon{*briefing.meta.date, 12, 0};
    const auto instant = model::to_instant(noon, "Etc/UTC");
    return instant ? instant->utc_ms / 1000 : 0;
}

render::DocumentInfo document_info(const BookContext& context) {
    const auto& meta = context.briefing.meta;
    auto primary = [&](const model::Localized& text) {
        const auto* variant = text.primary(context.lang());
        return variant ? variant->text : std::string();
    };
    render::DocumentInfo info;
    info.title = primary(meta.title);
    if (const auto* native = meta.title.native(context.lang())) info.title += " " + native->text;
    info.author = primary(meta.prepared_by);
    info.subject = primary(meta.subtitle);
    std::vector<std::string> keywords;
    for (const auto& org : context.briefing.organizations) {
        const auto name = primary(org.short_name);
        if (!name.empty()) keywords.push_back(name);
    }
    for (std::size_t i = 0; i < keywords.size(); ++i) info.keywords += (i ? ", " : "") + keywords[i];
    info.creator = "briefbook";
    info.lang = context.lang();
    info.created = creation_time(context.briefing, context.options);
    return info;
}

/// Copies diagnostics not reported before (passes repeat the same warnings).
void merge_unique(Diagnostics& into, const Diagnostics& from, std::set<std::string>& seen) {
    for (const auto& diagnostic : from.all())
        if (seen.insert(format_diagnostic(diagnostic)).second) into.report(diagnostic);
}

}  // namespace

render::RenderedDocument compose_book(const model::Briefing& briefing, const layout::Layout& layout,
                                      const layout::Labels& labels, text::Shaper& shaper,
                                      const para::Hyphenator& hyphenator, const BookOptions& options,
                                      Diagnostics& diagnostics) {
    const Schedule schedule = make_schedule(briefing, options.for_person);
    const layout::DateFormatter dates(briefing.lang);
    const flow::PageFrame frame = page_frame(layout);
    std::set<std::string> reported;
    PageMap pages;
    render::RenderedDocument document;
    ParagraphCache paragraphs;  // every pass sets the same paragraphs but those with page numbers
    for (int pass = 1;; ++pass) {
        Diagnostics pass_diagnostics;
        Typesetter typesetter(shaper, hyphenator, layout.text, pass_diagnostics, &paragraphs);
        ImageRegistry images;
        const BookContext context{briefing, layout, labels, dates, schedule, options, pages, typesetter, images};

        // 1. Compose the sections into a flow of measured blocks, with last pass's page numbers.
        const auto flow = compose_flow(context);
        // 2. Fill pages.
        auto pagination = flow::paginate(flow, frame, pass_diagnostics, {layout.source.string(), {}}, options.max_pages);
        if (pagination.over_page_limit) {
            pass_diagnostics.error({briefing.source.string(), {}}, "limit.pages",
                                   "the book would have more than " + std::to_string(options.max_pages) +
                                       " pages (the limit); it is not made");
            merge_unique(diagnostics, pass_diagnostics, reported);
            return document;
        }
        // 3. Settled? Every printed page number is where its destination is.
        auto placed = page_numbers(pagination);
        const bool settled = placed == pages;
        if (!settled && pass < options.max_passes) {
            merge_unique(diagnostics, pass_diagnostics, reported);
            pages = std::move(placed);
            continue;
        }
        if (!settled)
            pass_diagnostics.warning({briefing.source.string(), {}}, "layout.unstable-pages",
                                     "page numbers did not settle after " + std::to_string(pass) +
                                         " layout passes; some may be off by a page");
        // 4. Running heads, marks, and the document around the pages.
        add_running_heads(context, pagination.pages);
        for (auto& page : pagination.pages) document.pages.push_back(std::move(page.page));
        document.outline = std::move(pagination.outline);
        document.images = images.assets();
        document.info = document_info(context);
        merge_unique(diagnostics, pass_diagnostics, reported);
        return document;
    }
}

}  // namespace briefbook::book
