#include "briefbook/engine.hpp"

#include <future>
#include <map>
#include <mutex>

#include "book/compose_book.hpp"
#include "layout/labels.hpp"
#include "layout/layout_dump.hpp"
#include "layout/layout_file.hpp"
#include "para/hyphenator.hpp"
#include "pdf/pdf_writer.hpp"
#include "render/trace.hpp"
#include "text/font_registry.hpp"
#include "text/shape.hpp"

namespace briefbook {

struct Engine::Impl {
    std::filesystem::path data_dir;
    std::unique_ptr<text::FontRegistry> fonts;
    para::Hyphenator hyphenator;
    /// One Shaper per default CJK language, shared by every book: each distinct run of text is
    /// shaped once per process, whatever the number of personalised books made from it.
    mutable std::mutex shapers_mutex;
    mutable std::map<std::string, std::unique_ptr<text::Shaper>> shapers;

    text::Shaper& shaper_for(const std::string& default_cjk_lang) const {
        std::lock_guard lock(shapers_mutex);
        auto& slot = shapers[default_cjk_lang];
        if (!slot) {
            text::ShaperOptions options;
            options.itemize.default_cjk_lang = default_cjk_lang;
            slot = std::make_unique<text::Shaper>(*fonts, options);
        }
        return *slot;
    }

    /// Everything but the PDF: load the layout and labels, compose and paginate.
    std::optional<render::RenderedDocument> render(const model::Briefing& briefing, const BuildOptions& options,
                                                   Diagnostics& diagnostics) const {
        if (diagnostics.has_errors()) return std::nullopt;
        const auto layout = layout::load_layout(options.layout, data_dir, diagnostics);
        layout::check_font_roles(layout, fonts->config(), diagnostics);
        const auto labels = layout::load_labels(briefing.lang, data_dir, diagnostics, briefing.at(briefing.meta.position));
        if (!options.for_person.empty() && !briefing.find_person(options.for_person))
            diagnostics.error({briefing.source.string(), {}}, "book.unknown-person",
                              "no person with id '" + options.for_person + "' in the briefing (--for)");
        if (diagnostics.has_errors()) return std::nullopt;
        book::BookOptions book_options;
        book_options.for_person = options.for_person;
        book_options.draft = options.draft;
        book_options.watermark = options.watermark;
        book_options.created = options.created;
        book_options.max_pages = options.max_pages;
        auto& shaper = shaper_for(layout::cjk_default_language(layout.text, briefing.lang));
        auto document = book::compose_book(briefing, layout, labels, shaper, hyphenator, book_options, diagnostics);
        if (diagnostics.has_errors()) return std::nullopt;  // a limit met while composing
        return document;
    }
};

Engine::Engine(std::filesystem::path data_dir) : impl_(std::make_unique<Impl>()) {
    impl_->data_dir = std::move(data_dir);
    // The hyphenation patterns (6 ms) load on another thread while fontconfig finds the fonts
    // (29 ms): on two cores a small book is that much sooner done.
    auto hyphenator = std::async(std::launch::async, [] { return para::Hyphenator::english(); });
    Diagnostics diagnostics;
    impl_->fonts = text::load_font_registry(impl_->data_dir / "fonts" / "fonts.xml", diagnostics);
    if (!impl_->fonts) {
        std::string message = "the font configuration has errors:";
        for (const auto& d : diagnostics.all()) message += "\n  " + format_diagnostic(d);
        throw Error(message, "font.config");
    }
    impl_->hyphenator = hyphenator.get();
}

Engine::~Engine() = default;

const std::filesystem::path& Engine::data_dir() const { return impl_->data_dir; }

struct ComposedBook::Impl {
    render::RenderedDocument document;
};

ComposedBook::ComposedBook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ComposedBook::ComposedBook(ComposedBook&&) noexcept = default;
ComposedBook& ComposedBook::operator=(ComposedBook&&) noexcept = default;
ComposedBook::~ComposedBook() = default;
std::size_t ComposedBook::pages() const { return impl_->document.pages.size(); }

std::optional<Book> Engine::build(const model::Briefing& briefing, const BuildOptions& options,
                                  Diagnostics& diagnostics) const {
    const auto composed = compose(briefing, options, diagnostics);
    if (!composed) return std::nullopt;
    return write(*composed, options, diagnostics);
}

std::optional<ComposedBook> Engine::compose(const model::Briefing& briefing, const BuildOptions& options,
                                            Diagnostics& diagnostics) const {
    auto document = impl_->render(briefing, options, diagnostics);
    if (!document) return std::nullopt;
    return ComposedBook(std::make_unique<ComposedBook::Impl>(ComposedBook::Impl{std::move(*document)}));
}

Book Engine::write(const ComposedBook& composed, const BuildOptions& options, Diagnostics& diagnostics) const {
    const render::RenderedDocument& document = composed.impl_->document;
    pdf::PdfWriteOptions write_options;
    write_options.user_password = options.password;
    write_options.max_image_ppi = options.max_image_ppi;
    pdf::PdfWriteReport report;
    Book book;
    book.pdf = pdf::write_pdf(document, *impl_->fonts, write_options, diagnostics, &report);
    book.pages = document.pages.size();
    book.image_bytes = report.image_bytes;
    book.images_downsampled = report.images_downsampled;
    return book;
}

std::optional<std::string> Engine::trace(const model::Briefing& briefing, const BuildOptions& options,
                                         Diagnostics& diagnostics) const {
    auto document = impl_->render(briefing, options, diagnostics);
    if (!document) return std::nullopt;
    return render::trace_document(*document, *impl_->fonts);
}

std::optional<std::string> Engine::layout_dump(const std::string& layout, Diagnostics& diagnostics) const {
    const auto loaded = layout::load_layout(layout, impl_->data_dir, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
    return layout::dump_layout(loaded);
}

}  // namespace briefbook
