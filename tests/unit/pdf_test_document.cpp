#include "pdf_test_document.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "text/utf8.hpp"

namespace briefbook::pdf::testing {

using render::GlyphRunItem;
using render::PlacedGlyph;

namespace {

constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;

/// Runs laid one after another on one baseline.
struct Line {
    const SampleFonts& fonts;
    render::Page& page;
    double x;
    double y;
    double size;

    Line& add(text::FontId font, const std::string& text, const std::string& lang) {
        GlyphRunItem run = nominal_run(fonts.table, font, text, size, x, y, lang);
        x += run_width(run);
        page.items.push_back(std::move(run));
        return *this;
    }
};

render::ImageId image(render::RenderedDocument& document, const std::string& file,
                      render::ImageAsset::Kind kind) {
    render::ImageAsset asset;
    asset.path = (image_dir() / file).string();
    asset.kind = kind;
    document.images.push_back(asset);
    return render::ImageId{static_cast<std::uint32_t>(document.images.size() - 1)};
}

void draw_image(render::Page& page, render::ImageId id, double x, double y, double w, double h) {
    page.items.push_back(render::ImageItem{id, Pt(x), Pt(y), Pt(w), Pt(h)});
}

}  // namespace

text::FontId TestFonts::add(const std::filesystem::path& file, unsigned index) {
    faces_.push_back(text::FontFace::load(file, index));
    return text::FontId{static_cast<std::uint32_t>(faces_.size() - 1)};
}

const text::FontFace& TestFonts::face(text::FontId id) const {
    return *faces_.at(id.value);
}

GlyphRunItem nominal_run(const TestFonts& fonts, text::FontId font, const std::string& text,
                         double size, double x, double y, const std::string& lang) {
    const text::FontFace& face = fonts.face(font);
    GlyphRunItem run;
    run.font = font;
    run.size = Pt(size);
    run.x = Pt(x);
    run.y = Pt(y);
    run.text = text;
    run.lang = lang;
    const text::GlyphId fi = face.nominal_glyph(0xFB01);
    double pen = 0.0;
    std::uint32_t at = 0;
    while (at < text.size()) {
        const auto cluster = static_cast<std::uint32_t>(at);
        text::GlyphId glyph = 0;
        if (fi != 0 && text.compare(at, 2, "fi") == 0) {
            glyph = fi;
            at += 2;
        } else {
            glyph = face.nominal_glyph(text::next_code_point(text, at));
        }
        const Pt advance = face.to_pt(face.advance(glyph), Pt(size));
        run.glyphs.push_back(PlacedGlyph{glyph, Pt(pen), Pt(0), advance, cluster});
        pen += advance.value;
    }
    return run;
}

double run_width(const GlyphRunItem& run) {
    if (run.glyphs.empty()) return 0.0;
    return run.glyphs.back().x.value + run.glyphs.back().advance.value;
}

std::unique_ptr<SampleFonts> sample_fonts() {
    auto fonts = std::make_unique<SampleFonts>();
    fonts->serif = fonts->table.add(kSerif);
    fonts->japanese = fonts->table.add(kCjkSans, kCjkJapanese);
    fonts->chinese = fonts->table.add(kCjkSans, kCjkChinese);
    return fonts;
}

std::vector<std::string> mixed_document_lines() {
    return {
        "Briefing book: first official visit",
        "The delegation arrives on Tuesday for a fine dinner.",
        "中国代表团将于周二抵达东京，直接前往会场。",
        "代表団は火曜日に東京に到着し、直ちに会場へ向かう。",
        "Host: 直骨返 / Guest: 直骨返",
        // 人 and the Kangxi radical U+2F08 share a glyph; so do 豈 U+8C48 and compatibility U+F900.
        "\u4EBA\u3068\u2F08\u3001\u8C48\u3068\uF900",
        "Programme 2",
        "https://example.org/briefing",
        "Programme 日程",
        "直近の課題について意見を交換した。",
        "双方就直接投资问题交换了意见。",
        "Back to the introduction",
    };
}

render::RenderedDocument mixed_document(const SampleFonts& fonts) {
    using K = render::ImageAsset::Kind;
    render::RenderedDocument document;
    document.info.title = "Official visit 公式訪問 2023";
    document.info.author = "Protocol Office";
    document.info.subject = "Briefing book for the delegation";
    document.info.keywords = "briefing, 訪問, 代表团";
    document.info.creator = "briefbook tests";
    document.info.lang = "en";
    document.info.created = 1701250200;  // 2023-11-29 09:30:00 UTC

    const auto photo = image(document, "photo.jpg", K::kJpeg);
    const auto logo = image(document, "logo-rgba.png", K::kPng);
    const auto palette = image(document, "palette.png", K::kPng);
    const auto grey = image(document, "grey.png", K::kPng);
    const auto deep = image(document, "deep16.png", K::kPng);
    const auto corrupt = image(document, "corrupt.png", K::kPng);
    const auto grey_jpeg = image(document, "grey.jpg", K::kJpeg);
    const auto cmyk = image(document, "cmyk.jpg", K::kJpeg);
    const auto progressive = image(document, "progressive.jpg", K::kJpeg);
    const auto photo_again =
        image(document, "photo.jpg", K::kJpeg);  // the same file, a second asset

    const auto lines = mixed_document_lines();
    {
        render::Page page;
        page.width = Pt(kPageWidth);
        page.height = Pt(kPageHeight);
        page.anchors.push_back({"intro", Pt(72), Pt(72)});
        Line{fonts, page, 72, 100, 18}.add(fonts.serif, lines[0], "en");
        Line{fonts, page, 72, 130, 10.5}.add(fonts.serif, lines[1], "en");
        Line{fonts, page, 72, 160, 10.5}.add(fonts.chinese, lines[2], "zh-Hans");
        Line{fonts, page, 72, 190, 10.5}.add(fonts.japanese, lines[3], "ja");
        Line{fonts, page, 72, 220, 10.5}
            .add(fonts.serif, "Host: ", "en")
            .add(fonts.japanese, "直骨返", "ja")
            .add(fonts.serif, " / Guest: ", "en")
            .add(fonts.chinese, "直骨返", "zh-Hans");
        Line{fonts, page, 72, 250, 10.5}.add(fonts.japanese, lines[5], "ja");

        // A contents line: title, dotted leader, page number, all one link.
        Line{fonts, page, 72, 290, 10.5}.add(fonts.serif, "Programme", "en");
        page.items.push_back(render::LineItem{Pt(130), Pt(290), Pt(495), Pt(290), Pt(1),
                                              Color{0.3, 0.3, 0.3}, true});
        Line{fonts, page, 500, 290, 10.5}.add(fonts.serif, "2", "en");
        page.links.push_back({Pt(72), Pt(280), Pt(440), Pt(14), "programme", ""});

        Line{fonts, page, 72, 320, 10.5}.add(fonts.serif, lines[7], "en");
        page.links.push_back(
            {Pt(72), Pt(310), Pt(160), Pt(14), "", "https://example.org/briefing"});

        page.items.push_back(render::RectItem{Pt(60), Pt(340), Pt(475), Pt(0.8),
                                              Color{0.2, 0.3, 0.6}, std::nullopt});
        page.items.push_back(render::RectItem{Pt(60), Pt(360), Pt(475), Pt(240),
                                              Color{0.95, 0.95, 0.9}, Color{0.5, 0.5, 0.5}});
        draw_image(page, photo, 72, 380, 128, 96);
        draw_image(page, logo, 220, 380, 96, 64);
        draw_image(page, palette, 330, 380, 80, 40);
        draw_image(page, grey, 430, 380, 48, 48);
        draw_image(page, deep, 72, 490, 48, 48);
        draw_image(page, corrupt, 140, 490, 64, 48);
        draw_image(page, grey_jpeg, 220, 490, 48, 48);
        draw_image(page, cmyk, 290, 490, 48, 48);
        draw_image(page, progressive, 360, 490, 64, 48);
        document.pages.push_back(std::move(page));
    }
    {
        render::Page page;
        page.width = Pt(kPageWidth);
        page.height = Pt(kPageHeight);
        page.anchors.push_back({"programme", Pt(72), Pt(80)});
        Line{fonts, page, 72, 100, 16}
            .add(fonts.serif, "Programme ", "en")
            .add(fonts.japanese, "日程", "ja");
        Line{fonts, page, 72, 130, 10.5}.add(fonts.japanese, lines[9], "ja");
        Line{fonts, page, 72, 160, 10.5}.add(fonts.chinese, lines[10], "zh-Hans");
        Line{fonts, page, 72, 190, 10.5}.add(fonts.serif, lines[11], "en");
        page.links.push_back({Pt(72), Pt(180), Pt(150), Pt(14), "intro", ""});
        page.links.push_back({Pt(72), Pt(200), Pt(150), Pt(14), "nowhere", ""});
        draw_image(page, photo_again, 72, 220, 128, 96);
        document.pages.push_back(std::move(page));
    }

    document.outline = {
        {"Introduction 概要", "intro", {{"日本語の見出し：直近の課題", "intro", {}}}},
        {"Programme 日程",
         "programme",
         {{"中文标题：直接投资", "programme", {}}, {"Missing", "nowhere", {}}}},
    };
    return document;
}

render::RenderedDocument dense_page_document(const SampleFonts& fonts) {
    // clang-format off
    const std::string japanese =
        "日本政府は中国との経済関係の安定化を重視しており、両国の首脳会談において直近の課題について率直な意見交換を行った。"
        "東京での会議は午前十時に始まり、参加者はそれぞれの立場から発言した。"
        "経済団体の代表は、サプライチェーンの強靱化と脱炭素分野での協力拡大を提案し、若手研究者の交流事業を来年度から倍増させる方針を示した。"
        "午後には横浜港を視察し、物流施設の自動化や港湾の安全対策について担当者から説明を受けた。"
        "夕方の懇談会では、地方自治体の首長が観光客の受け入れ体制や文化財の保護について紹介し、姉妹都市提携の更新に向けた準備状況を報告した。"
        "翌朝は大学の研究所を訪問し、医療機器の共同開発と特許の扱いをめぐる課題を整理したうえで、骨子案を関係省庁に返送する予定である。"
        "最終日の記者会見では、共同声明の要旨を説明し、次回の閣僚級対話を秋に京都で開催することで合意したと発表した。"
        "随行員は各自の旅券と滞在許可証を常に携帯し、移動の際は事務局が手配した専用車両を利用すること。"
        "緊急時の連絡先は大使館の当直室とし、体調不良や紛失物があれば速やかに担当者へ報告されたい。";
    const std::string chinese =
        "中华人民共和国国务院总理在北京会见了日本经济团体联合会代表团，双方就加强经贸合作、促进人员往来、推动绿色发展等问题深入交换了意见。"
        "直接投资和技术合作是两国关系的重要基础，企业界希望进一步改善营商环境，扩大市场准入，保障供应链稳定。"
        "代表团还访问了上海的先进制造企业和科技园区，参观了新能源汽车生产线与智能港口，并与当地青年创业者座谈。"
        "会谈中，双方同意在医疗健康、养老服务、数字经济和农业领域探索新的合作模式，建立定期磋商机制，加强地方政府之间的友好交流。"
        "代表团团长表示，此次访问成果丰富，将把有关建议带回国内，推动相关部门尽快落实。"
        "根据日程安排，代表团将于周四上午前往大阪，出席由关西经济联合会主办的圆桌论坛，就半导体材料、氢能储运和跨境电子商务等议题听取企业意见。"
        "晚宴期间，双方互赠纪念品，并共同观看了传统音乐演出。"
        "请全体成员注意保管证件，遵守当地交通规则，如遇突发情况，应立即与使馆领事部或随团联络员取得联系。";
    const std::string english =
        "The delegation arrives at Haneda on Tuesday morning and proceeds directly to the ministry for a working lunch "
        "with the vice-minister and senior officials responsible for trade policy. Talking points cover supply chain "
        "resilience, the joint research fund for medical devices, and the renewal of the sister-city agreement between "
        "the two prefectures. In the afternoon the group visits the port of Yokohama, where the harbour authority "
        "presents its automated container terminal and the new safety regime for hazardous cargo. Dress code for the "
        "evening reception is business attire; gifts have been prepared by the protocol office and will be presented "
        "by the head of delegation after the toast. Interpreters are assigned to each table. On Wednesday the "
        "delegation travels by Shinkansen to Kyoto for a meeting with the governor, followed by a visit to a research "
        "institute specialising in regenerative medicine. Members should carry their passports at all times, keep to "
        "the schedule issued by the liaison officer, and report any change of plans to the duty desk at the embassy.";
    // clang-format on

    render::RenderedDocument document;
    document.info.title = "Dense page";
    document.info.lang = "en";
    render::Page page;
    page.width = Pt(kPageWidth);
    page.height = Pt(kPageHeight);
    double y = 80;
    // Breaks text into lines of `per_line` code points (CJK) or at the last space before `per_line`
    // bytes (English).
    auto lines_of = [](const std::string& text, std::size_t per_line, bool at_spaces) {
        std::vector<std::string> lines;
        std::uint32_t at = 0;
        while (at < text.size()) {
            std::uint32_t end = at;
            std::size_t count = 0;
            while (end < text.size() && count < per_line) {
                text::next_code_point(text, end);
                ++count;
            }
            if (at_spaces && end < text.size())
                end = static_cast<std::uint32_t>(text.rfind(' ', end)) + 1;
            lines.push_back(text.substr(at, end - at));
            at = end;
        }
        return lines;
    };
    for (const auto& line : lines_of(japanese, 38, false)) {
        Line{fonts, page, 60, y, 10.5}.add(fonts.japanese, line, "ja");
        y += 17;
    }
    for (const auto& line : lines_of(chinese, 38, false)) {
        Line{fonts, page, 60, y, 10.5}.add(fonts.chinese, line, "zh-Hans");
        y += 17;
    }
    for (const auto& line : lines_of(english, 85, true)) {
        Line{fonts, page, 60, y, 10.5}.add(fonts.serif, line, "en");
        y += 15;
    }
    document.pages.push_back(std::move(page));
    return document;
}

std::filesystem::path image_dir() {
    return std::filesystem::path(BRIEFBOOK_TEST_SOURCE_DIR) / "tests" / "data" / "images";
}

ScratchDir::ScratchDir(const std::string& name)
    : path_(std::filesystem::path(BRIEFBOOK_TEST_BINARY_DIR) / "pdf-scratch" /
            (name + "-" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    ASSERT_TRUE(out.good()) << path;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

CommandResult run_command(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), read);
    const int status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string without_space(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
    return out;
}

}  // namespace briefbook::pdf::testing
