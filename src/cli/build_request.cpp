#include "cli/build_request.hpp"

#include <cstdlib>

#include "batch/byte_size.hpp"

namespace briefbook::cli {

namespace {

/// The layout whose books are meant to be emailed gets a size budget unless one is given.
constexpr const char* kScreenLayout = "screen";
constexpr std::uint64_t kScreenMaxSize = 10u * 1024 * 1024;

/// Books without a pattern: one per person, or one per input.
constexpr const char* kPersonPattern = "{id}.pdf";
constexpr const char* kInputPattern = "{briefing}.pdf";

std::int64_t parse_timestamp(const std::string& text) {
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || value < 0)
        throw UsageError{"--timestamp needs whole seconds since 1970, got '" + text + "'"};
    return value;
}

unsigned parse_jobs(const std::string& text) {
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || value < 1 || value > 256)
        throw UsageError{"--jobs needs a number of workers from 1 to 256, got '" + text + "'"};
    return static_cast<unsigned>(value);
}

std::optional<std::uint64_t> parse_max_size(const ParsedArgs& parsed, const std::string& layout) {
    const auto text = parsed.value("max-size");
    if (!text)
        return layout == kScreenLayout ? std::optional<std::uint64_t>(kScreenMaxSize)
                                       : std::nullopt;
    if (*text == "none") return std::nullopt;
    const auto bytes = batch::parse_byte_size(*text);
    if (!bytes)
        throw UsageError{"--max-size needs a size such as 10MB or 800KB (or 'none'), got '" +
                         *text + "'"};
    if (*bytes == 0) return std::nullopt;
    return bytes;
}

PasswordRequest parse_password(const ParsedArgs& parsed) {
    PasswordRequest request;
    request.prompt = parsed.has("password");
    request.environment_name = parsed.value("password-env").value_or("");
    request.file = parsed.value("password-file").value_or("");
    if (int(request.prompt) + int(!request.environment_name.empty()) + int(!request.file.empty()) >
        1)
        throw UsageError{"give one of --password, --password-env and --password-file"};
    return request;
}

/// The batch part: --each, --name and what -o means.
void parse_batch(const ParsedArgs& parsed, BuildRequest& request) {
    if (const auto each = parsed.value("each")) {
        request.each = batch::parse_each_side(*each);
        if (!request.each)
            throw UsageError{"--each needs delegation, host or all, got '" + *each + "'"};
        if (!request.book.for_person.empty()) throw UsageError{"give --for or --each, not both"};
    }
    request.batch = request.each.has_value() || request.inputs.size() > 1;
    const auto pattern = parsed.value("name");
    if (!request.batch) {
        if (pattern)
            throw UsageError{
                "--name names the books of a batch: use it with --each or several inputs"};
        return;
    }
    std::string problem;
    const bool personalised = request.each || !request.book.for_person.empty();
    request.names = batch::NamePattern::parse(
        pattern.value_or(personalised ? kPersonPattern : kInputPattern), problem);
    if (!request.names) throw UsageError{problem};
}

}  // namespace

const ArgParser& build_parser() {
    static const ArgParser parser(
        "briefbook build [OPTIONS] FILE.xml -o OUT.pdf\n"
        "       briefbook build [OPTIONS] FILE.xml... --each delegation|host|all -o FOLDER",
        "Lays out a briefing and writes the PDF book: parse, validate, compose, paginate, write.\n"
        "Problems are printed file:line:col; with errors no PDF is written. The PDF is written to "
        "a\n"
        "temporary file beside OUT.pdf and renamed into place when complete.\n"
        "A batch (--each, or several input files) writes one book per person, or per input, into\n"
        "FOLDER (created when missing; its parent must exist), named by --name, on --jobs workers\n"
        "that share the fonts. A book that fails does not stop the others; the exit status is "
        "then\n"
        "that of the failure. On Ctrl-C or SIGTERM the books in progress finish and no new one\n"
        "starts. See docs/batch.md.",
        {{"help", 'h', "", "this help"},
         {"output", 'o', "OUT.pdf|FOLDER",
          "where to write the book, or the batch's folder (required)"},
         {"layout", 'l', "NAME|FILE",
          "page layout: a4 (default), letter, a5-pocket, screen, or a layout file"},
         {"for", 0, "PERSON_ID", "a personalised book: only the sessions this person attends"},
         {"each", 0, "SIDE", "one personalised book per person of a side: delegation, host or all"},
         {"name", 0, "PATTERN",
          "a batch's file names from {id} {family} {given} {name} {briefing} (default '{id}.pdf')"},
         {"jobs", 'j', "N", "books built at once (default: the number of cores)"},
         {"watermark", 0, "", "with --for or --each: the person's name faintly across every page"},
         {"draft", 0, "", "DRAFT across every page (automatic when the version says Draft)"},
         {"password", 0, "",
          "protect the books with AES-256; asks for the password on the terminal"},
         {"password-env", 0, "NAME",
          "protect the books with the password in environment variable NAME"},
         {"password-file", 0, "FILE",
          "the password in FILE's first line; for --each or --for lines PERSON_ID<TAB>PASSWORD"},
         {"max-size", 0, "SIZE",
          "largest book allowed, e.g. 10MB; images are downsampled to fit (default 10MB with "
          "the screen layout; else none)"},
         {"timestamp", 0, "SECONDS",
          "creation date, seconds since 1970 (default: $SOURCE_DATE_EPOCH, else the issue date)"},
         {"allow-any-path", 0, "", "accept image paths outside the briefing's folder"},
         {"quiet", 'q', "", "print errors only"}});
    return parser;
}

BuildRequest parse_build_request(const std::vector<std::string>& args,
                                 const std::string& timestamp_fallback, unsigned cores) {
    const ParsedArgs parsed = build_parser().parse(args);
    BuildRequest request;
    if (parsed.has("help")) {
        request.help = true;
        return request;
    }
    // What to read and which books to make.
    for (const auto& input : parsed.positional()) request.inputs.emplace_back(input);
    if (request.inputs.empty()) throw UsageError{"give a briefing file"};
    request.book.for_person = parsed.value("for").value_or("");
    parse_batch(parsed, request);
    if (!parsed.value("output"))
        throw UsageError{request.batch ? "no output folder: give -o FOLDER"
                                       : "no output file: give -o OUT.pdf"};
    request.output = *parsed.value("output");
    if (request.batch && request.output.extension() == ".pdf" &&
        !std::filesystem::is_directory(request.output))
        throw UsageError{"-o " + request.output.string() +
                         ": a batch writes its books into a folder; give -o FOLDER"};
    // How each book looks.
    request.book.layout = parsed.value("layout").value_or("a4");
    request.book.watermark = parsed.has("watermark");
    if (request.book.watermark && request.book.for_person.empty() && !request.each)
        throw UsageError{"--watermark needs --for PERSON_ID or --each SIDE"};
    request.book.draft = parsed.has("draft");
    const std::string timestamp = parsed.value("timestamp").value_or(timestamp_fallback);
    if (!timestamp.empty()) request.book.created = parse_timestamp(timestamp);
    request.load.allow_any_path = parsed.has("allow-any-path");
    // Protection, size, workers, output.
    request.password = parse_password(parsed);
    request.max_size = parse_max_size(parsed, request.book.layout);
    request.jobs = parsed.value("jobs") ? parse_jobs(*parsed.value("jobs")) : std::max(cores, 1u);
    request.quiet = parsed.has("quiet");
    return request;
}

}  // namespace briefbook::cli
