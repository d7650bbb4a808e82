#include "model/parse_blocks.hpp"

#include <functional>

#include "model/collapse_white_space.hpp"

namespace briefbook::model {

namespace {

struct InlineStyle {
    std::string lang;
    bool bold = false;
    bool italic = false;
    std::string href;
};

/// Flattens inline markup into pieces. It walks with an explicit stack, bounded by
/// InputLimits::max_inline_depth, so that no file can nest deep enough to overflow the C++ stack.
class InlineFlattener {
public:
    explicit InlineFlattener(ParseContext& context) : context_(context) {}

    /// The pieces of the siblings from `first` up to, not including, `stop` (null: to the end).
    std::vector<InlinePiece> flatten(pugi::xml_node first, pugi::xml_node stop, InlineStyle style) {
        pieces_.clear();
        depth_reported_ = false;
        stack_.push_back({first, stop, std::move(style), 0});
        while (!stack_.empty()) {
            Frame& top = stack_.back();
            if (!top.next || top.next == top.stop) {
                stack_.pop_back();
                continue;
            }
            const pugi::xml_node node = top.next;
            top.next = node.next_sibling();
            if (is_text(node)) {
                add_text(node, top.style);
            } else if (node.type() == pugi::node_element) {
                const InlineStyle parent_style = top.style;  // `top` dies if enter() pushes
                enter(node, parent_style, top.depth);
            }
        }
        return std::move(pieces_);
    }

private:
    struct Frame {
        pugi::xml_node next;
        pugi::xml_node stop;
        InlineStyle style;
        std::size_t depth = 0;
    };

    InlinePiece piece(InlinePiece::Kind kind, const InlineStyle& style, pugi::xml_node node) const {
        InlinePiece piece;
        piece.kind = kind;
        piece.lang = style.lang;
        piece.bold = style.bold;
        piece.italic = style.italic;
        piece.href = style.href;
        piece.position = context_.position(node);
        return piece;
    }

    void add_text(pugi::xml_node node, const InlineStyle& style) {
        auto text = piece(InlinePiece::Kind::kText, style, node);
        text.text = node.value();
        pieces_.push_back(std::move(text));
    }

    void add_ref(pugi::xml_node node, const InlineStyle& style) {
        context_.check_attributes(node, {"to"});
        const auto to = context_.required_attribute(node, "to");
        for (const pugi::xml_node child : node.children()) {
            if (!is_blank_text(child)) {
                context_.warning(context_.position(child), "xml.stray-text",
                                 "the content of <ref> is ignored: it prints the name of what it refers to");
                break;
            }
        }
        if (!to) return;
        auto ref = piece(InlinePiece::Kind::kRef, style, node);
        ref.ref_to = *to;
        pieces_.push_back(std::move(ref));
    }

    void enter(pugi::xml_node node, const InlineStyle& parent_style, std::size_t depth) {
        const std::string_view name = node.name();
        InlineStyle style = parent_style;
        style.lang = context_.language(node, parent_style.lang);
        if (name == "ref") return add_ref(node, style);
        if (name == "br") {
            context_.check_attributes(node, {});
            pieces_.push_back(piece(InlinePiece::Kind::kLineBreak, style, node));
            return;
        }
        if (name == "b") {
            context_.check_attributes(node, {});
            style.bold = true;
        } else if (name == "i") {
            context_.check_attributes(node, {});
            style.italic = true;
        } else if (name == "span") {
            context_.check_attributes(node, {});
        } else if (name == "a") {
            context_.check_attributes(node, {"href"});
            if (const auto href = context_.required_attribute(node, "href")) style.href = *href;
        } else {
            context_.unexpected_element(node, "its text is kept");
        }
        if (depth + 1 > context_.options().limits.max_inline_depth) {
            if (!depth_reported_) {
                context_.error(context_.position(node), "limit.depth",
                               "inline markup nested more than " +
                                   std::to_string(context_.options().limits.max_inline_depth) +
                                   " levels deep; the deeper content is left out");
                depth_reported_ = true;
            }
            return;
        }
        stack_.push_back({node.first_child(), {}, std::move(style), depth + 1});
    }

    ParseContext& context_;
    std::vector<Frame> stack_;
    std::vector<InlinePiece> pieces_;
    bool depth_reported_ = false;
};

/// Splits the children of `parent` into runs of inline content separated by the block elements
/// `is_block` picks out: `on_run(first, stop)` for each run, `on_block(element)` for each block.
void for_each_run(pugi::xml_node parent, const std::function<bool(std::string_view)>& is_block,
                  const std::function<void(pugi::xml_node, pugi::xml_node)>& on_run,
                  const std::function<void(pugi::xml_node)>& on_block) {
    pugi::xml_node run_start;
    for (const pugi::xml_node child : parent.children()) {
        if (child.type() == pugi::node_element && is_block(child.name())) {
            if (run_start) on_run(run_start, child);
            run_start = {};
            on_block(child);
        } else if (!run_start) {
            run_start = child;
        }
    }
    if (run_start) on_run(run_start, {});
}

bool is_list(std::string_view name) { return name == "ul" || name == "ol"; }

/// Builds the blocks of one BLOCKS element. Lists recurse, at most InputLimits::max_list_depth
/// deep; inline content never does.
class BlockBuilder {
public:
    explicit BlockBuilder(ParseContext& context) : context_(context), flattener_(context) {}

    Blocks build(pugi::xml_node element, const std::string& inherited_lang) {
        blocks_.position = context_.position(element);
        context_.check_attributes(element, {});
        const std::string lang = context_.language(element, inherited_lang);
        for_each_run(
            element, [](std::string_view name) { return name == "p" || name == "quote" || is_list(name); },
            [&](pugi::xml_node first, pugi::xml_node stop) { add_run(Block::Kind::kParagraph, first, stop, lang); },
            [&](pugi::xml_node block) {
                const std::string_view name = block.name();
                if (name == "p") return add_paragraph(block, lang, Block::Kind::kParagraph);
                if (name == "quote") return add_quote(block, lang);
                add_list(block, lang, 0);
            });
        return std::move(blocks_);
    }

    std::vector<InlinePiece> inline_content(pugi::xml_node first, pugi::xml_node stop, const std::string& lang,
                                            TextPosition where) {
        InlineStyle style;
        style.lang = lang;
        auto pieces = flattener_.flatten(first, stop, std::move(style));
        collapse_white_space(pieces);
        std::size_t bytes = 0;
        for (const auto& piece : pieces) bytes += piece.text.size();
        const std::size_t limit = context_.options().limits.max_paragraph_bytes;
        if (bytes > limit) {
            context_.error(where, "limit.paragraph",
                           "a paragraph of " + std::to_string(bytes) + " bytes is longer than the limit of " +
                               std::to_string(limit) + " bytes");
        }
        return pieces;
    }

private:
    Block& add_block(Block::Kind kind, const std::string& lang, std::vector<InlinePiece> content, TextPosition where) {
        Block block;
        block.kind = kind;
        block.lang = lang;
        block.content = std::move(content);
        block.position = where;
        blocks_.blocks.push_back(std::move(block));
        return blocks_.blocks.back();
    }

    /// Loose inline content: a block of its own unless it is only white space.
    void add_run(Block::Kind kind, pugi::xml_node first, pugi::xml_node stop, const std::string& lang) {
        auto content = inline_content(first, stop, lang, context_.position(first));
        if (content.empty()) return;
        const TextPosition where = content.front().position;
        add_block(kind, lang, std::move(content), where);
    }

    void add_paragraph(pugi::xml_node p, const std::string& inherited_lang, Block::Kind kind) {
        context_.check_attributes(p, {});
        const std::string lang = context_.language(p, inherited_lang);
        const TextPosition where = context_.position(p);
        add_block(kind, lang, inline_content(p.first_child(), {}, lang, where), where);
    }

    void add_quote(pugi::xml_node quote, const std::string& inherited_lang) {
        context_.check_attributes(quote, {});
        const std::string lang = context_.language(quote, inherited_lang);
        for_each_run(
            quote, [](std::string_view name) { return name == "p"; },
            [&](pugi::xml_node first, pugi::xml_node stop) { add_run(Block::Kind::kQuote, first, stop, lang); },
            [&](pugi::xml_node p) { add_paragraph(p, lang, Block::Kind::kQuote); });
    }

    void add_list(pugi::xml_node list, const std::string& inherited_lang, std::uint32_t depth) {
        const std::size_t limit = context_.options().limits.max_list_depth;
        if (depth >= limit) {
            context_.error(context_.position(list), "limit.depth",
                           "lists nested more than " + std::to_string(limit) + " levels deep; the deeper ones are left out");
            return;
        }
        context_.check_attributes(list, {});
        const std::string lang = context_.language(list, inherited_lang);
        const bool ordered = std::string_view(list.name()) == "ol";
        std::uint32_t number = 0;
        context_.parse_children(list, {{"li", [&](pugi::xml_node li) { add_list_item(li, lang, ordered, ++number, depth); }}});
    }

    void add_list_item(pugi::xml_node li, const std::string& inherited_lang, bool ordered, std::uint32_t number,
                       std::uint32_t depth) {
        context_.check_attributes(li, {});
        const std::string lang = context_.language(li, inherited_lang);
        bool marked = false;  // the first block of an item carries its marker, the others continue it
        const auto add_item_block = [&](std::vector<InlinePiece> content, TextPosition where) {
            if (marked && content.empty()) return;
            Block& block = add_block(Block::Kind::kListItem, lang, std::move(content), where);
            block.ordered = ordered;
            block.number = number;
            block.depth = depth;
            block.continuation = marked;
            marked = true;
        };
        for_each_run(
            li, [](std::string_view name) { return name == "p" || is_list(name); },
            [&](pugi::xml_node first, pugi::xml_node stop) {
                const TextPosition where = marked ? context_.position(first) : context_.position(li);
                add_item_block(inline_content(first, stop, lang, where), where);
            },
            [&](pugi::xml_node block) {
                if (is_list(block.name())) {
                    if (!marked) add_item_block({}, context_.position(li));
                    return add_list(block, lang, depth + 1);
                }
                context_.check_attributes(block, {});
                const std::string p_lang = context_.language(block, lang);
                const TextPosition where = context_.position(block);
                add_item_block(inline_content(block.first_child(), {}, p_lang, where), where);
            });
        if (!marked) add_item_block({}, context_.position(li));
    }

    ParseContext& context_;
    InlineFlattener flattener_;
    Blocks blocks_;
};

}  // namespace

Blocks parse_blocks(pugi::xml_node element, const std::string& inherited_lang, ParseContext& context) {
    return BlockBuilder(context).build(element, inherited_lang);
}

std::vector<InlinePiece> parse_inline_content(pugi::xml_node element, const std::string& inherited_lang,
                                              ParseContext& context) {
    const std::string lang = context.language(element, inherited_lang);
    return BlockBuilder(context).inline_content(element.first_child(), {}, lang, context.position(element));
}

}  // namespace briefbook::model
