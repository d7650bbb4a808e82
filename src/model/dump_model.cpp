// dump(Briefing): the model stage's text dump. One node a line, indented by nesting, each with
// the position it came from; strings quoted, so that white space collapsing shows.

#include <cstdio>
#include <string>

#include "briefbook/model.hpp"

namespace briefbook::model {

namespace {

class Dumper {
public:
    std::string take() { return std::move(out_); }

    void briefing(const Briefing& b) {
        line(0, "briefing version=" + b.version + " lang=" + b.lang);
        meta(b.meta);
        blocks(1, "overview", b.overview);
        for (const auto& o : b.organizations) organization(o);
        for (const auto& p : b.people) person(p);
        for (const auto& s : b.sessions) session(s);
        for (const auto& c : b.contacts) {
            line(1, "contact name=" + quote(c.name) + " phone=" + quote(c.phone) + " email=" + quote(c.email) +
                        " role=" + quote(c.role) + " [" + c.lang + "]",
                 c.position);
        }
    }

private:
    static std::string quote(const std::string& text) {
        std::string out = "\"";
        for (const char c : text) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        return out + '"';
    }

    static std::string at(TextPosition p) { return " @" + std::to_string(p.line) + ":" + std::to_string(p.column); }

    static std::string date(const LocalDate& d) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
        return text;
    }

    static std::string date_time(const LocalDateTime& t) {
        if (!t.is_set()) return "(none)";
        char text[8];
        std::snprintf(text, sizeof text, "%02d:%02d", t.hour, t.minute);
        return date(t.date) + "T" + text;
    }

    void line(int depth, const std::string& text, TextPosition p = {}) {
        out_.append(static_cast<std::size_t>(depth) * 2, ' ');
        out_ += text;
        if (p.line != 0) out_ += at(p);
        out_ += '\n';
    }

    void localized(int depth, const char* name, const Localized& texts) {
        for (const auto& v : texts.variants) line(depth, std::string(name) + " [" + v.lang + "] " + quote(v.text), v.position);
    }

    void image(int depth, const char* name, const std::optional<ImageRef>& ref) {
        if (ref) line(depth, std::string(name) + " src=" + quote(ref->src) + " (src" + at(ref->src_position) + ")", ref->position);
    }

    void pieces(int depth, const std::vector<InlinePiece>& content) {
        for (const auto& piece : content) {
            std::string text;
            switch (piece.kind) {
                case InlinePiece::Kind::kText: text = "text " + quote(piece.text); break;
                case InlinePiece::Kind::kRef: text = "ref to=" + piece.ref_to; break;
                case InlinePiece::Kind::kLineBreak: text = "line-break"; break;
            }
            text += " [" + piece.lang + "]";
            if (piece.bold) text += " bold";
            if (piece.italic) text += " italic";
            if (!piece.href.empty()) text += " href=" + quote(piece.href);
            line(depth, text, piece.position);
        }
    }

    void blocks(int depth, const char* name, const Blocks& content) {
        if (content.empty()) return;
        line(depth, name, content.position);
        for (const auto& block : content.blocks) {
            std::string text;
            switch (block.kind) {
                case Block::Kind::kParagraph: text = "paragraph"; break;
                case Block::Kind::kQuote: text = "quote"; break;
                case Block::Kind::kListItem:
                    text = std::string(block.ordered ? "ordered" : "bulleted") + " item " + std::to_string(block.number) +
                           " depth " + std::to_string(block.depth) + (block.continuation ? " continued" : "");
                    break;
            }
            line(depth + 1, text + " [" + block.lang + "]", block.position);
            pieces(depth + 2, block.content);
        }
    }

    void meta(const Meta& m) {
        line(1, "meta", m.position);
        localized(2, "title", m.title);
        localized(2, "subtitle", m.subtitle);
        localized(2, "classification", m.classification);
        localized(2, "prepared-by", m.prepared_by);
        localized(2, "version", m.version);
        if (m.date) line(2, "date " + date(*m.date));
        if (!m.timezone.empty()) line(2, "timezone " + m.timezone);
        if (!m.home_timezone.empty()) line(2, "home-timezone " + m.home_timezone);
        image(2, "logo", m.logo);
    }

    void organization(const Organization& o) {
        line(1, "organization " + o.id.value + " country=" + o.country + " kind=" + o.kind, o.position);
        localized(2, "name", o.name);
        localized(2, "short", o.short_name);
        localized(2, "location", o.location);
        if (!o.website.empty()) line(2, "website " + quote(o.website));
        image(2, "logo", o.logo);
        blocks(2, "profile", o.profile);
    }

    void person(const Person& p) {
        static const char* const kSides[] = {"unknown", "delegation", "host", "other"};
        static const char* const kOrders[] = {"default", "given-first", "family-first"};
        std::string head = "person " + p.id.value + " side=" + kSides[static_cast<int>(p.side)];
        if (p.org) head += " org=" + p.org->value + " (org" + at(p.org_position) + ")";
        if (p.precedence) head += " precedence=" + std::to_string(*p.precedence);
        line(1, head, p.position);
        for (const auto& n : p.names) {
            const std::string parts = n.plain.empty() ? "family=" + quote(n.family) + " given=" + quote(n.given)
                                                      : "plain=" + quote(n.plain);
            line(2, "name [" + n.lang + "] " + parts + " order=" + kOrders[static_cast<int>(n.order)], n.position);
        }
        localized(2, "title", p.title);
        localized(2, "role", p.role);
        image(2, "photo", p.photo);
        localized(2, "pronunciation", p.pronunciation);
        blocks(2, "bio", p.bio);
    }

    void session(const Session& s) {
        static const char* const kKinds[] = {"meeting", "visit", "meal", "ceremony", "travel", "free"};
        std::string head = "session " + s.id.value + " kind=" + kKinds[static_cast<int>(s.kind)];
        if (s.host) head += " host=" + s.host->value + " (host" + at(s.host_position) + ")";
        line(1, head, s.position);
        line(2, "start " + date_time(s.start) + " end " + date_time(s.end) + " timezone " + s.timezone + " (start" +
                    at(s.start_position) + ", end" + at(s.end_position) + ")");
        localized(2, "title", s.title);
        localized(2, "venue", s.venue);
        localized(2, "address", s.address);
        for (const auto& a : s.attendees) {
            line(2, "attendee " + a.ref.value + " role=" + quote(a.role) + " (ref" + at(a.ref_position) + ")", a.position);
        }
        blocks(2, "objectives", s.objectives);
        for (const auto& item : s.agenda) {
            line(2, "item time=" + item.time, item.position);
            pieces(3, item.content);
        }
        blocks(2, "talking-points", s.talking_points);
        blocks(2, "logistics", s.logistics);
        blocks(2, "notes", s.notes);
    }

    std::string out_;
};

}  // namespace

std::string dump(const Briefing& briefing) {
    Dumper dumper;
    dumper.briefing(briefing);
    return dumper.take();
}

}  // namespace briefbook::model
