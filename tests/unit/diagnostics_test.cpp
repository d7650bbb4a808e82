#include <gtest/gtest.h>

#include <sstream>

#include "briefbook/diagnostics.hpp"

namespace briefbook {
namespace {

TEST(Diagnostics, FormatsLikeACompiler) {
    Diagnostic d{Severity::kError, "ref.unknown", "session 'jpma' names unknown person 'murakami'",
                 {"samples/x.xml", {41, 9}}};
    EXPECT_EQ(format_diagnostic(d),
              "samples/x.xml:41:9: error: session 'jpma' names unknown person 'murakami' [ref.unknown]");
}

TEST(Diagnostics, CountsBySeverityAndMerges) {
    Diagnostics a;
    a.warning({"f.xml", {1, 2}}, "xml.unknown-element", "unknown element <foo>");
    EXPECT_FALSE(a.has_errors());
    Diagnostics b;
    b.error({"f.xml", {3, 4}}, "id.duplicate", "duplicate id 'x'");
    a.merge(b);
    EXPECT_TRUE(a.has_errors());
    EXPECT_EQ(a.error_count(), 1u);
    EXPECT_EQ(a.warning_count(), 1u);
    EXPECT_TRUE(a.contains("id.duplicate"));
    std::ostringstream out;
    a.print(out);
    EXPECT_EQ(out.str(),
              "f.xml:1:2: warning: unknown element <foo> [xml.unknown-element]\n"
              "f.xml:3:4: error: duplicate id 'x' [id.duplicate]\n");
}

TEST(Diagnostics, LeavesOutUnknownPositions) {
    Diagnostic d{Severity::kWarning, "font.missing-glyph", "no font has U+1F600", {"f.xml", {}}};
    EXPECT_EQ(format_diagnostic(d), "f.xml: warning: no font has U+1F600 [font.missing-glyph]");
}

}  // namespace
}  // namespace briefbook
