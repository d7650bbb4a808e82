// The order a batch builds its books in: most sessions first, ties in plan order.

#include "batch/book_order.hpp"

#include <gtest/gtest.h>

#include "briefbook/load.hpp"

namespace briefbook::batch {
namespace {

model::Briefing three_sessions() {
    const std::string xml = R"(<briefing version="1">
  <meta><title>T</title><timezone>Asia/Tokyo</timezone></meta>
  <people>
    <person id="a" side="delegation"><name family="A" given="A"/></person>
    <person id="b" side="delegation"><name family="B" given="B"/></person>
    <person id="c" side="delegation"><name family="C" given="C"/></person>
    <person id="d" side="delegation"><name family="D" given="D"/></person>
  </people>
  <sessions>
    <session id="s1" start="2023-11-28T10:00" end="2023-11-28T11:00"><title>One</title>
      <attendees><attendee ref="b"/><attendee ref="c"/></attendees></session>
    <session id="s2" start="2023-11-28T12:00" end="2023-11-28T13:00"><title>Two</title>
      <attendees><attendee ref="c"/></attendees></session>
    <session id="s3" start="2023-11-28T14:00" end="2023-11-28T15:00"><title>Three</title>
      <attendees><attendee ref="c"/><attendee ref="d"/></attendees></session>
  </sessions>
</briefing>
)";
    Diagnostics diagnostics;
    auto briefing = load_briefing_from_memory(xml, "order.xml", ".", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << diagnostics.all().front().message;
    return briefing;
}

TEST(BatchBookOrder, MostSessionsFirstAndTiesInPlanOrder) {
    const model::Briefing briefing = three_sessions();
    const std::vector<BatchInput> inputs{{&briefing, "order"}};
    // a: no session, b: 1, c: 3, d: 1, the whole programme: 3.
    const std::vector<PlannedBook> books{
        {0, "a", "a.pdf"}, {0, "b", "b.pdf"}, {0, "c", "c.pdf"}, {0, "d", "d.pdf"}, {0, "", "all.pdf"}};
    EXPECT_EQ(longest_first(books, inputs), (std::vector<std::size_t>{2, 4, 1, 3, 0}));
}

}  // namespace
}  // namespace briefbook::batch
