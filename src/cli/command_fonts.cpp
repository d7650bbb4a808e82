// briefbook fonts: shows which font file each role, style and language resolves to on this
// machine, so that a missing package or a surprising substitute is found before a book is built.

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "text/font_registry.hpp"
#include "text/language.hpp"

namespace briefbook::cli {

namespace {

const ArgParser& fonts_parser() {
    static const ArgParser parser(
        "briefbook fonts [OPTIONS]",
        "Prints, for each role of the font configuration (body, heading, label, mono) and each\n"
        "language (default = Latin and other scripts, ja, zh-Hans, zh-Hant, ko), the chain of "
        "fonts\n"
        "that text is shaped with, per style (regular, bold, italic, bold italic): family, the "
        "style\n"
        "fontconfig matched, the font file and the face index in it (Noto CJK is one .ttc with a\n"
        "face per language). A character the first font lacks is taken from the next one. Every\n"
        "chain ends with the configuration's fallback families, printed once at the end.\n"
        "The configuration is DATA_DIR/fonts/fonts.xml (see docs/fonts.md). Exit status 3 when a\n"
        "family it names is not installed (the message names the Debian package).",
        {{"help", 'h', "", "this help"},
         {"role", 'r', "ROLE", "only this role (repeatable)", true},
         {"lang", 'l', "LANG", "only this language, a BCP 47 tag such as ja or zh-TW (repeatable)",
          true},
         {"all", 'a', "", "print the fallback families inside every chain"},
         {"config", 0, "FILE", "read this font configuration instead of the data folder's"}});
    return parser;
}

struct Style {
    const char* name;
    bool bold;
    bool italic;
};
constexpr Style kStyles[] = {{"regular", false, false},
                             {"bold", true, false},
                             {"italic", false, true},
                             {"bold-italic", true, true}};

bool selected(const std::vector<std::string>& wanted, std::string_view value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

bool in_fallback(const text::FontConfig& config, std::string_view family) {
    return std::any_of(config.fallback.begin(), config.fallback.end(),
                       [&](const text::FontChainEntry& e) { return e.family == family; });
}

void print_font(std::ostream& out, const text::FontRegistry& fonts, text::FontId id,
                std::size_t number, const char* style) {
    const text::FontOrigin& origin = fonts.origin(id);
    const text::FontFace& face = fonts.face(id);
    out << "  " << std::left << std::setw(12) << style << std::right << std::setw(2) << number
        << ". " << std::left << std::setw(22) << origin.family << ' ' << std::setw(12)
        << origin.style << ' ' << face.path().string() << "  face " << face.index() << '\n';
}

/// One chain: the role's own families, and the fallback families too when `all` is set.
void print_chain(std::ostream& out, const text::FontRegistry& fonts,
                 const text::FontRequest& request, const std::string& lang, bool all) {
    for (const Style& style : kStyles) {
        text::FontRequest styled = request;
        styled.bold = style.bold;
        styled.italic = style.italic;
        const auto& own = fonts.config().find_role(request.role)->chain(lang).fonts;
        std::size_t number = 0;
        for (const text::FontId id : fonts.chain(styled, lang)) {
            const bool fallback = std::none_of(
                own.begin(), own.end(),
                [&](const text::FontChainEntry& e) { return e.family == fonts.origin(id).family; });
            if (fallback && !all) break;
            ++number;
            print_font(out, fonts, id, number, number == 1 ? style.name : "");
        }
    }
}

/// The shared fallback families in the regular style (--all shows every style in every chain).
void print_fallback(std::ostream& out, const text::FontRegistry& fonts) {
    out << "fallback (after every chain; bold and italic use the same families' styles, see "
           "--all)\n";
    std::size_t number = 0;
    for (const text::FontId id : fonts.chain({"body", false, false}, "")) {
        if (!in_fallback(fonts.config(), fonts.origin(id).family)) continue;
        ++number;
        print_font(out, fonts, id, number, number == 1 ? "regular" : "");
    }
}

}  // namespace

int run_fonts(const std::vector<std::string>& args, CliContext& context) {
    ParsedArgs parsed;
    try {
        parsed = fonts_parser().parse(args);
    } catch (const UsageError& error) {
        context.err << "briefbook fonts: " << error.message << "\n(try 'briefbook fonts --help')\n";
        return kExitUsage;
    }
    if (parsed.has("help")) {
        context.out << fonts_parser().help();
        return kExitOk;
    }
    if (!parsed.positional().empty()) {
        context.err << "briefbook fonts: takes no file (try 'briefbook fonts --help')\n";
        return kExitUsage;
    }
    const std::filesystem::path file =
        parsed.value("config").value_or((context.data_dir / "fonts" / "fonts.xml").string());
    const auto roles = parsed.values("role");
    try {
        Diagnostics diagnostics;
        const auto registry = text::load_font_registry(file, diagnostics);
        diagnostics.print(context.err);
        if (!registry) return kExitInputErrors;
        const text::FontRegistry& fonts = *registry;
        for (const auto& role : roles) {
            if (!fonts.has_role(role)) {
                context.err << "briefbook fonts: the configuration has no role '" << role << "'\n";
                return kExitUsage;
            }
        }
        std::ostringstream out;
        out << "font configuration: " << file.string() << '\n';
        std::vector<std::string> langs = parsed.values("lang");
        if (langs.empty())
            langs.assign(text::kFontLanguageKeys.begin(), text::kFontLanguageKeys.end());
        for (const auto& role : fonts.config().roles) {
            if (!selected(roles, role.name)) continue;
            for (const auto& lang : langs) {
                const std::string_view key = text::font_language_key(lang);
                out << '\n'
                    << role.name << ", "
                    << (lang.empty() ? std::string("default language (Latin and other scripts)")
                                     : lang);
                if (key != lang)
                    out << " (chain " << (key.empty() ? std::string("default") : std::string(key))
                        << ')';
                out << '\n';
                print_chain(out, fonts, {role.name, false, false}, std::string(key),
                            parsed.has("all"));
            }
        }
        if (!parsed.has("all")) {
            out << '\n';
            print_fallback(out, fonts);
        }
        context.out << out.str();
        return kExitOk;
    } catch (const Error& error) {
        if (!error.where().file.empty())
            context.err << format_diagnostic({Severity::kError, error.code(), "", error.where()})
                        << '\n';
        context.err << "briefbook fonts: " << error.what() << '\n';
        return kExitEnvironment;
    }
}

}  // namespace briefbook::cli
