#include "render/translate.hpp"

namespace briefbook::render {

namespace {
struct Translator {
    Pt dx, dy;
    void operator()(GlyphRunItem& run) const { run.x += dx; run.y += dy; }
    void operator()(RectItem& rect) const { rect.x += dx; rect.y += dy; }
    void operator()(LineItem& line) const {
        line.x1 += dx; line.x2 += dx;
        line.y1 += dy; line.y2 += dy;
    }
    void operator()(ImageItem& image) const { image.x += dx; image.y += dy; }
};
}  // namespace

void translate(DisplayItem& item, Pt dx, Pt dy) { std::visit(Translator{dx, dy}, item); }

void translate(LinkArea& link, Pt dx, Pt dy) {
    link.x += dx;
    link.y += dy;
}

}  // namespace briefbook::render
