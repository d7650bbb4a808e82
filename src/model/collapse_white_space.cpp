#include "model/collapse_white_space.hpp"

#include "model/utf8.hpp"
#include "model/xml_source.hpp"

namespace briefbook::model {

namespace {

/// A stand-in for "the last thing written was a <ref>": a word, but not a CJK one.
constexpr char32_t kObject = U'\uFFFC';

bool same_style(const InlinePiece& a, const InlinePiece& b) {
    return a.kind == InlinePiece::Kind::kText && b.kind == InlinePiece::Kind::kText && a.lang == b.lang &&
           a.bold == b.bold && a.italic == b.italic && a.href == b.href;
}

/// The state of one pass over a block's text, carried from piece to piece.
class Collapser {
public:
    explicit Collapser(std::vector<InlinePiece>& pieces) : pieces_(pieces) {}

    void run() {
        for (std::size_t i = 0; i < pieces_.size(); ++i) {
            switch (pieces_[i].kind) {
                case InlinePiece::Kind::kText: collapse_text(i); break;
                case InlinePiece::Kind::kRef: write_word(kObject); break;
                case InlinePiece::Kind::kLineBreak: start_line(); break;
            }
        }
    }

private:
    void start_line() {
        pending_ = false;
        last_ = 0;
    }

    /// Before writing `next`: the space that a pending white space run stands for, if any.
    void write_word(char32_t next) {
        if (pending_ && last_ != 0 && !(pending_line_break_ && is_cjk(last_) && is_cjk(next))) {
            pieces_[pending_piece_].text += ' ';
        }
        pending_ = false;
        last_ = next;
    }

    void collapse_text(std::size_t index) {
        const std::string raw = std::move(pieces_[index].text);
        pieces_[index].text.clear();
        for (std::size_t i = 0; i < raw.size();) {
            const char32_t c = next_code_point(raw, i);
            if (c < 0x80 && is_xml_space(static_cast<char>(c))) {
                if (!pending_) {
                    pending_ = true;
                    pending_line_break_ = false;
                    pending_piece_ = index;
                }
                if (c == '\n' || c == '\r') pending_line_break_ = true;
                continue;
            }
            write_word(c);
            append_utf8(pieces_[index].text, c);
        }
    }

    std::vector<InlinePiece>& pieces_;
    bool pending_ = false;             ///< white space seen since the last word
    bool pending_line_break_ = false;  ///< ... and it holds a line break
    std::size_t pending_piece_ = 0;    ///< where that white space began
    char32_t last_ = 0;                ///< last character written on this line; 0 at a line start
};

void drop_empty_and_merge(std::vector<InlinePiece>& pieces) {
    std::vector<InlinePiece> kept;
    kept.reserve(pieces.size());
    for (auto& piece : pieces) {
        if (piece.kind == InlinePiece::Kind::kText && piece.text.empty()) continue;
        if (!kept.empty() && same_style(kept.back(), piece)) {
            kept.back().text += piece.text;
            continue;
        }
        kept.push_back(std::move(piece));
    }
    pieces = std::move(kept);
}

}  // namespace

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x2FDF)      // CJK radicals, Kangxi radicals
           || (c >= 0x3000 && c <= 0x303F)   // CJK symbols and punctuation
           || (c >= 0x3040 && c <= 0x30FF)   // hiragana, katakana
           || (c >= 0x3100 && c <= 0x312F)   // bopomofo
           || (c >= 0x31C0 && c <= 0x31FF)   // CJK strokes, katakana phonetic extensions
           || (c >= 0x3200 && c <= 0x33FF)   // enclosed CJK letters, CJK compatibility
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK unified ideographs
           || (c >= 0xF900 && c <= 0xFAFF)   // CJK compatibility ideographs
           || (c >= 0xFE10 && c <= 0xFE1F)   // vertical forms
           || (c >= 0xFE30 && c <= 0xFE4F)   // CJK compatibility forms
           || (c >= 0xFF00 && c <= 0xFFEF)   // half-width and full-width forms
           || (c >= 0x20000 && c <= 0x3FFFF);  // supplementary ideographic planes
}

void collapse_white_space(std::vector<InlinePiece>& pieces) {
    Collapser(pieces).run();
    drop_empty_and_merge(pieces);
}

std::string collapse_white_space(std::string_view text) {
    std::vector<InlinePiece> pieces(1);
    pieces[0].text = std::string(text);
    collapse_white_space(pieces);
    return pieces.empty() ? std::string() : std::move(pieces[0].text);
}

}  // namespace briefbook::model
