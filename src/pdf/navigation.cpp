#include "pdf/navigation.hpp"

#include <map>

namespace briefbook::pdf {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;

namespace {

/// The display list carries no source positions; these diagnostics name the destination instead.
SourceLocation nowhere() {
    return SourceLocation{};
}

/// A URI action holds 7-bit ASCII (PDF 32000-1 12.6.4.7): other bytes and spaces are
/// percent-encoded, as a browser does with an IRI.
std::string ascii_uri(const std::string& uri) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (char c : uri) {
        const auto b = static_cast<unsigned char>(c);
        if (b > 0x20 && b < 0x7F) {
            out += c;
        } else {
            out += '%';
            out += kDigits[b >> 4];
            out += kDigits[b & 0x0F];
        }
    }
    return out;
}

PdfObject* new_outline_item(PoDoFo::PdfVecObjects& objects, const render::OutlineEntry& entry,
                            const std::set<std::string>& destinations, Diagnostics& diagnostics) {
    PdfObject* item = objects.CreateObject();
    PdfDictionary& d = item->GetDictionary();
    d.AddKey("Title", text_string(entry.title));
    if (destinations.count(entry.destination)) {
        d.AddKey("Dest", byte_string(entry.destination));
    } else {
        diagnostics.warning(nowhere(), "pdf.outline-target-unknown",
                            "outline entry '" + entry.title + "' goes to unknown destination '" +
                                entry.destination + "'");
    }
    return item;
}

/// Writes `entries` as the children of `parent`; returns how many items are visible below
/// `parent` when it is open (its children, since they start closed).
std::int64_t write_children(PoDoFo::PdfVecObjects& objects, PdfObject& parent,
                            const std::vector<render::OutlineEntry>& entries,
                            const std::set<std::string>& destinations, Diagnostics& diagnostics) {
    PdfObject* previous = nullptr;
    for (const auto& entry : entries) {
        PdfObject* item = new_outline_item(objects, entry, destinations, diagnostics);
        item->GetDictionary().AddKey("Parent", parent.Reference());
        if (previous) {
            previous->GetDictionary().AddKey("Next", item->Reference());
            item->GetDictionary().AddKey("Prev", previous->Reference());
        } else {
            parent.GetDictionary().AddKey("First", item->Reference());
        }
        parent.GetDictionary().AddKey("Last", item->Reference());
        if (!entry.children.empty()) {
            const std::int64_t below =
                write_children(objects, *item, entry.children, destinations, diagnostics);
            item->GetDictionary().AddKey("Count", integer(-below));  // negative: closed
        }
        previous = item;
    }
    return static_cast<std::int64_t>(entries.size());
}

}  // namespace

std::set<std::string> write_destinations(PoDoFo::PdfMemDocument& document,
                                         const render::RenderedDocument& source,
                                         const PageObjects& pages, Diagnostics& diagnostics) {
    // A name tree's keys must be sorted by their bytes; std::map<std::string> sorts that way.
    std::map<std::string, PdfArray> targets;
    for (std::size_t i = 0; i < source.pages.size(); ++i) {
        for (const auto& anchor : source.pages[i].anchors) {
            if (targets.count(anchor.name)) {
                diagnostics.warning(
                    nowhere(), "pdf.anchor-duplicate",
                    "destination '" + anchor.name + "' is defined twice; links go to the first");
                continue;
            }
            PdfArray target;
            target.push_back(pages.objects[i]->Reference());
            target.push_back(PdfName("XYZ"));
            target.push_back(number(anchor.x.value));
            target.push_back(number(pages.heights[i] - anchor.y.value));
            target.push_back(PoDoFo::PdfVariant::NullValue);
            targets.emplace(anchor.name, std::move(target));
        }
    }
    std::set<std::string> names;
    if (targets.empty()) return names;

    // One leaf holding every name: valid at any size, and a book has at most a few thousand.
    PdfArray leaf;
    for (auto& [name, target] : targets) {
        leaf.push_back(byte_string(name));
        leaf.push_back(target);
        names.insert(name);
    }
    PdfObject* dests = document.GetObjects().CreateObject();
    dests->GetDictionary().AddKey("Names", leaf);
    PdfDictionary name_dictionary;
    name_dictionary.AddKey("Dests", dests->Reference());
    document.GetCatalog()->GetDictionary().AddKey("Names", name_dictionary);
    return names;
}

void write_links(PoDoFo::PdfVecObjects& objects, const render::RenderedDocument& source,
                 const PageObjects& pages, const std::set<std::string>& destinations,
                 Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < source.pages.size(); ++i) {
        PdfArray annotations;
        for (const auto& link : source.pages[i].links) {
            const bool internal = !link.destination.empty();
            if (internal && !destinations.count(link.destination)) {
                diagnostics.warning(nowhere(), "pdf.link-target-unknown",
                                    "link on page " + std::to_string(i + 1) +
                                        " goes to unknown destination '" + link.destination + "'");
                continue;
            }
            if (!internal && link.uri.empty()) continue;  // nowhere to go
            PdfObject* annotation = objects.CreateObject("Annot");
            PdfDictionary& d = annotation->GetDictionary();
            d.AddKey(PdfName::KeySubtype, PdfName("Link"));
            const double height = pages.heights[i];
            d.AddKey("Rect", rectangle(link.x.value, height - link.y.value - link.height.value,
                                       link.x.value + link.width.value, height - link.y.value));
            PdfArray border;
            for (int k = 0; k < 3; ++k) border.push_back(integer(0));
            d.AddKey("Border", border);
            d.AddKey("F", integer(4));  // Print: links stay where printed copies expect them
            if (internal) {
                d.AddKey("Dest", byte_string(link.destination));
            } else {
                PdfDictionary action;
                action.AddKey("S", PdfName("URI"));
                action.AddKey("URI", byte_string(ascii_uri(link.uri)));
                d.AddKey("A", action);
            }
            annotations.push_back(annotation->Reference());
        }
        if (!annotations.empty()) pages.objects[i]->GetDictionary().AddKey("Annots", annotations);
    }
}

void write_outline(PoDoFo::PdfMemDocument& document,
                   const std::vector<render::OutlineEntry>& outline,
                   const std::set<std::string>& destinations, Diagnostics& diagnostics) {
    if (outline.empty()) return;
    PoDoFo::PdfVecObjects& objects = document.GetObjects();
    PdfObject* root = objects.CreateObject("Outlines");
    const std::int64_t visible = write_children(objects, *root, outline, destinations, diagnostics);
    root->GetDictionary().AddKey("Count", integer(visible));
    PdfDictionary& catalog = document.GetCatalog()->GetDictionary();
    catalog.AddKey("Outlines", root->Reference());
    catalog.AddKey("PageMode", PdfName("UseOutlines"));
}

}  // namespace briefbook::pdf
