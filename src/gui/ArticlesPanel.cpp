// Articles: the list of loaded articles and the text of the open one, with every mention
// highlighted in its entity type's colour (click one to select the entity) and the
// evidence sentence that opened it marked and scrolled into view.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "gui/App.h"
#include "gui/TextUtil.h"

namespace entgraph::gui {

void ArticlesPanel::draw(App& app) {
    Scene& scene = *app.scene();
    const EntityGraph& g = scene.graph();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f - 300, 60), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(640, io.DisplaySize.y * 0.7f), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Articles", &app.settings().showArticles)) {
        ImGui::End();
        return;
    }
    auto& focus = app.articleFocus();
    ImGui::BeginChild("list", ImVec2(ImGui::GetContentRegionAvail().x * 0.32f, 0), true);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", "filter", &m_filter);
    const std::string needle = foldCase(m_filter);
    for (uint32_t a = 0; a < g.articles().size(); ++a) {
        const auto& art = g.articles()[a];
        const std::string& name = art.title.empty() ? art.id : art.title;
        if (!needle.empty() && foldCase(name).find(needle) == std::string::npos) continue;
        ImGui::PushID(static_cast<int>(a));
        if (ImGui::Selectable(name.c_str(), focus.article && *focus.article == a))
            app.openArticle(a);
        if (a < 50) app.noteWidget(("articles.row" + std::to_string(a)).c_str());
        if (ImGui::IsItemHovered() && !art.source.empty())
            ImGui::SetTooltip("%s", art.source.c_str());
        // Under the title: its date and where it came from (the file's name).
        std::string from = std::filesystem::path(art.source).filename().string();
        if (!art.published.empty()) from = art.published + (from.empty() ? "" : "  ") + from;
        if (!from.empty()) {
            ImGui::Indent();
            ImGui::TextDisabled("%s", from.c_str());
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("text", ImVec2(0, 0), true);
    if (focus.article && *focus.article < g.articles().size())
        drawText(app, *focus.article);
    else
        ImGui::TextDisabled("Choose an article.");
    ImGui::EndChild();
    app.noteWidget("articles.text");
    ImGui::End();
}

void ArticlesPanel::drawText(App& app, uint32_t a) {
    Scene& scene = *app.scene();
    const EntityGraph& g = scene.graph();
    const Article& art = g.articles()[a];
    auto& focus = app.articleFocus();
    if (m_cachedScene != &scene || m_cachedArticle != a) {
        m_cachedScene = &scene;
        m_cachedArticle = a;
        m_mentions.clear();
        for (size_t i = 0; i < scene.nodeCount(); ++i)
            for (const auto& m : scene.node(i).mentions)
                if (m.article == a && m.span.end <= art.text.size() && !m.span.empty())
                    m_mentions.push_back({m.span, static_cast<uint32_t>(i)});
        std::sort(m_mentions.begin(), m_mentions.end(),
                  [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; });
    }
    if (!art.title.empty()) ImGui::TextWrapped("%s", art.title.c_str());
    if (!art.published.empty() || !art.url.empty())
        ImGui::TextDisabled("%s %s", art.published.c_str(), art.url.c_str());
    ImGui::Separator();

    const std::string& text = art.text;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool lineStart = true;
    std::vector<uint8_t> noted(scene.nodeCount(), 0);  // first mention of each entity
    const ByteSpan hl = focus.highlight;
    const ImU32 hlColor = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    // One run of text: wrapped as a unit, optionally with a background, clickable.
    auto emit = [&](size_t start, size_t end, std::optional<uint32_t> entity) -> bool {
        const char* b = text.data() + start;
        const char* e = text.data() + end;
        const ImVec2 size = ImGui::CalcTextSize(b, e);
        if (!lineStart) {
            ImGui::SameLine(0.0f, 0.0f);
            if (ImGui::GetCursorScreenPos().x + size.x > right) ImGui::NewLine();
        }
        lineStart = false;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (hl.end > hl.start && start < hl.end && end > hl.start)
            dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), hlColor);
        if (entity) {
            const Rgb c = scene.color(*entity);
            dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                              IM_COL32(c.r, c.g, c.b, 255), 2.0f);
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(10, 10, 10, 255));
        }
        ImGui::TextUnformatted(b, e);
        if (entity) ImGui::PopStyleColor();
        // The first mention of each entity goes to the state dump (GUI tests click it).
        if (entity && !noted[*entity]) {
            noted[*entity] = 1;
            app.noteWidget(("articles.mention." + std::to_string(*entity)).c_str());
        }
        if (focus.scroll && start <= hl.start && hl.start < std::max(end, start + 1)) {
            ImGui::SetScrollHereY(0.3f);
            focus.scroll = false;
        }
        if (entity && ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetTooltip("%s (%s)", scene.node(*entity).name.c_str(),
                              std::string(entityTypeLabel(scene.node(*entity).type)).c_str());
        }
        return entity && ImGui::IsItemClicked();
    };
    // Plain text split into words (word + trailing spaces) and line breaks.
    auto plain = [&](size_t start, size_t end) {
        size_t i = start;
        while (i < end) {
            if (text[i] == '\n') {
                if (lineStart) ImGui::NewLine();  // an empty line: paragraph break
                lineStart = true;
                ++i;
                continue;
            }
            size_t j = i;
            while (j < end && text[j] != ' ' && text[j] != '\n') ++j;
            while (j < end && text[j] == ' ') ++j;
            emit(i, j, std::nullopt);
            i = j;
        }
    };
    // Plain-text articles begin with their headline, which is already shown above: the
    // text starts after it (mentions inside it are left out with it).
    size_t at = 0;
    if (!art.title.empty() && text.compare(0, art.title.size(), art.title) == 0) {
        at = art.title.size();
        while (at < text.size() && (text[at] == '\n' || text[at] == '\r' || text[at] == ' ')) ++at;
    }
    std::optional<uint32_t> clicked;
    for (const auto& m : m_mentions) {
        if (m.span.start < at) continue;  // overlapping mention: keep the first
        plain(at, m.span.start);
        if (emit(m.span.start, m.span.end, m.node)) clicked = m.node;
        at = m.span.end;
    }
    plain(at, text.size());
    focus.scroll = false;
    if (clicked) app.focusNode(*clicked);
}

}  // namespace entgraph::gui
