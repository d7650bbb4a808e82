#include "pdf/pdf_writer.hpp"

#include <map>
#include <memory>
#include <mutex>

#include "pdf/cid_font.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/document_info.hpp"
#include "pdf/encryption.hpp"
#include "pdf/glyph_text.hpp"
#include "pdf/images.hpp"
#include "pdf/navigation.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/serialize.hpp"

namespace briefbook::pdf {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfObject;

namespace {

/// A new PoDoFo document. Its constructor makes a PdfInfo whose PdfDate() reads the clock with
/// localtime(), and with it libc's static struct tm, which another worker's call may be
/// rewriting (ThreadSanitizer, docs/batch.md). Only the construction is serialized: the rest of
/// a document's PoDoFo state is its own, and the date is replaced by the book's.
std::unique_ptr<PoDoFo::PdfMemDocument> new_document() {
    static std::mutex construction;
    const std::lock_guard lock(construction);
    return std::make_unique<PoDoFo::PdfMemDocument>();
}

/// One subset font per face the pages draw with, named F1, F2, ... in FontId order.
std::map<std::uint32_t, EmbeddedFont> embed_fonts(PoDoFo::PdfVecObjects& objects,
                                                  const text::FontTable& fonts,
                                                  const GlyphTextMap& glyph_text, bool compress) {
    std::map<std::uint32_t, EmbeddedFont> embedded;
    for (const text::FontId id : glyph_text.fonts()) {
        const std::string resource = "F" + std::to_string(embedded.size() + 1);
        embedded.emplace(
            id.value, embed_cid_font(objects, fonts.face(id), id, glyph_text, resource, compress));
    }
    return embedded;
}

ContentResources content_resources(const render::RenderedDocument& document,
                                   const std::map<std::uint32_t, EmbeddedFont>& fonts,
                                   const EmbeddedImages& images, const GlyphTextMap& glyph_text) {
    ContentResources resources;
    for (const auto& [id, font] : fonts) {
        if (resources.fonts.size() <= id) resources.fonts.resize(id + 1, nullptr);
        resources.fonts[id] = &font.codes;
    }
    resources.images = images.resource_of_image;
    resources.image_assets = document.images;
    resources.glyph_text = &glyph_text;
    resources.document_lang = document.info.lang;
    return resources;
}

/// Writes every page: its content stream, the resources it uses, and its place in the page tree.
PageObjects write_pages(PoDoFo::PdfMemDocument& pdf, const render::RenderedDocument& document,
                        const ContentResources& resources,
                        const std::map<std::uint32_t, EmbeddedFont>& fonts,
                        const EmbeddedImages& images, bool compress) {
    PoDoFo::PdfVecObjects& objects = pdf.GetObjects();
    PdfObject* tree = pdf.GetPagesTree()->GetObject();
    PdfArray kids;
    PageObjects pages;
    for (const render::Page& page : document.pages) {
        const PageContent content = page_content(page, resources);
        PdfObject* stream = objects.CreateObject();
        set_stream(*stream, content.operators, compress);

        PdfDictionary font_resources;
        for (std::uint32_t id : content.fonts) {
            const EmbeddedFont& font = fonts.at(id);
            font_resources.AddKey(font.codes.resource, font.reference);
        }
        PdfDictionary image_resources;
        for (std::uint32_t id : content.images) {
            const std::string& name = images.resource_of_image[id];
            image_resources.AddKey(name, images.objects.at(name));
        }
        PdfDictionary page_resources;
        if (!font_resources.GetKeys().empty()) page_resources.AddKey("Font", font_resources);
        if (!image_resources.GetKeys().empty()) page_resources.AddKey("XObject", image_resources);

        // Page dictionaries written directly: PoDoFo's CreatePage can free the PdfPage it returned
        // before, and its page cache is not needed.
        PdfObject* page_object = objects.CreateObject("Page");
        PdfDictionary& d = page_object->GetDictionary();
        d.AddKey("Parent", tree->Reference());
        d.AddKey("MediaBox", rectangle(0, 0, page.width.value, page.height.value));
        d.AddKey("Resources", page_resources);
        d.AddKey("Contents", stream->Reference());
        kids.push_back(page_object->Reference());
        pages.objects.push_back(page_object);
        pages.heights.push_back(page.height.value);
    }
    tree->GetDictionary().AddKey("Kids", kids);
    tree->GetDictionary().AddKey("Count", integer(static_cast<std::int64_t>(pages.objects.size())));
    return pages;
}

std::string write(const render::RenderedDocument& document, const text::FontTable& fonts,
                  const PdfWriteOptions& options, Diagnostics& diagnostics,
                  PdfWriteReport& report) {
    const std::unique_ptr<PoDoFo::PdfMemDocument> document_owner = new_document();
    PoDoFo::PdfMemDocument& pdf = *document_owner;
    pdf.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
    pdf.SetWriteMode(PoDoFo::ePdfWriteMode_Compact);

    // 1. What each glyph stands for: the ToUnicode entries and where ActualText is needed.
    const GlyphTextMap glyph_text(document);
    // 2. One subset Type0 font per face drawn.
    const auto embedded_fonts = embed_fonts(pdf.GetObjects(), fonts, glyph_text, options.compress);
    // 3. Each image file once; the ones that cannot be embedded become placeholders.
    const EmbeddedImages images =
        embed_images(pdf.GetObjects(), document, options.max_image_pixels, options.max_image_ppi,
                     options.compress, diagnostics);
    report.image_bytes = images.stream_bytes;
    report.images_downsampled = images.downsampled;
    // 4. Pages with their content streams and resources.
    const ContentResources resources =
        content_resources(document, embedded_fonts, images, glyph_text);
    const PageObjects pages =
        write_pages(pdf, document, resources, embedded_fonts, images, options.compress);
    // 5. Navigation: named destinations, links, the outline.
    const auto destinations = write_destinations(pdf, document, pages, diagnostics);
    write_links(pdf.GetObjects(), document, pages, destinations, diagnostics);
    write_outline(pdf, document.outline, destinations, diagnostics);
    // 6. Document information and reader settings.
    write_document_info(pdf, document.info);
    // 7. Bytes, with an /ID from the content; encrypted when a password is given (then without
    //    object streams, whose strings the encryption would have to reach inside).
    std::string bytes =
        options.user_password.empty() ? serialize_with_object_streams(pdf) : serialize(pdf);
    const Digest digest = sha256(bytes);
    if (!options.user_password.empty()) {
        const std::string owner = options.owner_password.empty()
                                      ? derived_owner_password(digest, options.user_password)
                                      : options.owner_password;
        const PoDoFo::PdfReference dictionary =
            encrypt_document(pdf, options.user_password, owner, digest);
        bytes = serialize(pdf);
        add_trailer_entry(bytes, "/Encrypt " + dictionary.ToString());
    }
    set_file_identifier(bytes, digest);
    return bytes;
}

}  // namespace

std::string write_pdf(const render::RenderedDocument& document, const text::FontTable& fonts,
                      const PdfWriteOptions& options, Diagnostics& diagnostics,
                      PdfWriteReport* report) {
    PdfWriteReport ignored;
    return with_podofo_errors(
        [&] { return write(document, fonts, options, diagnostics, report ? *report : ignored); });
}

}  // namespace briefbook::pdf
