#include "pdf/document_info.hpp"

#include <cstdio>

#include "briefbook/version.hpp"

namespace briefbook::pdf {

using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfString;

namespace {

struct CivilDate {
    std::int64_t year;
    unsigned month, day;
};

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian), so no time library and no
/// time zone database is consulted.
CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned>(days - era * 146097);
    const unsigned year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned mp = (5 * day_of_year + 2) / 153;
    const unsigned day = day_of_year - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void add_text(PdfDictionary& d, const char* key, const std::string& value) {
    if (d.HasKey(key)) d.RemoveKey(key);
    if (!value.empty()) d.AddKey(key, text_string(value));
}

}  // namespace

std::string pdf_date(std::int64_t seconds) {
    constexpr std::int64_t kDay = 86400;
    std::int64_t days = seconds / kDay;
    std::int64_t rest = seconds % kDay;
    if (rest < 0) rest += kDay, --days;
    const CivilDate date = civil_from_days(days);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "D:%04lld%02u%02u%02lld%02lld%02lldZ",
                  static_cast<long long>(date.year), date.month, date.day,
                  static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                  static_cast<long long>(rest % 60));
    return buffer;
}

void write_document_info(PoDoFo::PdfMemDocument& document, const render::DocumentInfo& info) {
    // PoDoFo's Info starts with its own Producer and the clock's CreationDate: both replaced.
    PdfDictionary& d = document.GetInfo()->GetObject()->GetDictionary();
    add_text(d, "Title", info.title);
    add_text(d, "Author", info.author);
    add_text(d, "Subject", info.subject);
    add_text(d, "Keywords", info.keywords);
    add_text(d, "Creator", info.creator);
    add_text(d, "Producer", std::string("briefbook ") + kVersion);
    for (const char* key : {"CreationDate", "ModDate"}) {
        if (d.HasKey(key)) d.RemoveKey(key);
        if (info.created != 0) d.AddKey(key, PdfString(pdf_date(info.created)));
    }

    PdfDictionary& catalog = document.GetCatalog()->GetDictionary();
    if (!info.lang.empty())
        catalog.AddKey("Lang", byte_string(info.lang));  // BCP 47 tags are ASCII
    PdfDictionary preferences;
    preferences.AddKey("DisplayDocTitle", PoDoFo::PdfVariant(true));
    catalog.AddKey("ViewerPreferences", preferences);
}

}  // namespace briefbook::pdf
