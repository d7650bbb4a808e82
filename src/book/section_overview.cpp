// The overview: the purpose of the trip and its key messages, as the briefing writes them.

#include "book/inline_text.hpp"
#include "book/sections.hpp"

namespace briefbook::book {

namespace {

bool present(const BookContext& context) { return !context.briefing.overview.empty(); }

std::string title(const BookContext& context) { return context.label(layout::Label::kOverview); }

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kOverview, title(context)));
    append_blocks(flow, context.briefing.overview, context);
}

}  // namespace

extern const SectionComposer kOverviewComposer{present, title, compose, nullptr};

}  // namespace briefbook::book
