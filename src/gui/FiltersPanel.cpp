// Filters: entity types, minimum mentions, minimum edge weight, relation types,
// co-occurrence on/off, hide isolated, the article subset; applied immediately.  Also the node
// styling (size measure, colour by community) and the hidden-node count.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/App.h"
#include "gui/TextUtil.h"

namespace entgraph::gui {

void FiltersPanel::draw(App& app) {
    Scene& scene = *app.scene();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(8, 40 + io.DisplaySize.y * 0.5f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(340, io.DisplaySize.y * 0.5f - 80), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Filters", &app.settings().showFilters)) {
        ImGui::End();
        return;
    }
    SceneFilter f = scene.filter();
    bool changed = false;
    if (ImGui::CollapsingHeader("Entity types", ImGuiTreeNodeFlags_DefaultOpen)) {
        std::array<size_t, kEntityTypeCount> counts{};
        for (size_t i = 0; i < scene.nodeCount(); ++i)
            ++counts[static_cast<size_t>(scene.node(i).type)];
        for (size_t t = 0; t < kEntityTypeCount; ++t) {
            if (counts[t] == 0) continue;
            const Rgb c = entityColor(kAllEntityTypes[t]);
            ImGui::PushID(static_cast<int>(t));
            ImGui::ColorButton("##c", ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1.f),
                               ImGuiColorEditFlags_NoTooltip, ImVec2(12, 12));
            ImGui::SameLine();
            bool on = f.types[t];
            const std::string label = std::string(entityTypeLabel(kAllEntityTypes[t])) + " (" +
                                      std::to_string(counts[t]) + ")";
            if (ImGui::Checkbox(label.c_str(), &on)) f.types[t] = on, changed = true;
            app.noteWidget(
                ("filters.type." + std::string(entityTypeName(kAllEntityTypes[t]))).c_str());
            ImGui::PopID();
        }
        if (ImGui::SmallButton("All")) f.types.fill(true), changed = true;
        ImGui::SameLine();
        if (ImGui::SmallButton("None")) f.types.fill(false), changed = true;
    }
    if (ImGui::CollapsingHeader("Thresholds", ImGuiTreeNodeFlags_DefaultOpen)) {
        int minMentions = static_cast<int>(f.minMentions);
        if (ImGui::SliderInt("Min mentions", &minMentions, 0, 50))
            f.minMentions = static_cast<size_t>(std::max(0, minMentions)), changed = true;
        app.noteWidget("filters.minMentions");
        float minWeight = static_cast<float>(f.minEdgeWeight);
        if (ImGui::SliderFloat("Min edge weight", &minWeight, 0.0f, 20.0f, "%.1f"))
            f.minEdgeWeight = minWeight, changed = true;
        changed |= ImGui::Checkbox("Co-occurrence links", &f.showCooccurrence);
        app.noteWidget("filters.cooccurrence");
        changed |= ImGui::Checkbox("Hide isolated entities", &f.hideIsolated);
        app.noteWidget("filters.hideIsolated");
    }
    if (ImGui::CollapsingHeader("Relation types")) {
        for (size_t t = 0; t < kRelationTypeCount; ++t) {
            if (kAllRelationTypes[t] == RelationType::CoOccurrence) continue;
            bool on = f.relationTypes[t];
            if (ImGui::Checkbox(std::string(relationTypeName(kAllRelationTypes[t])).c_str(), &on))
                f.relationTypes[t] = on, changed = true;
        }
    }
    const size_t articleCount = scene.graph().articles().size();
    const std::string articlesHeader = "Articles (" + std::to_string(scene.shownArticleCount()) +
                                       " of " + std::to_string(articleCount) + ")###articles";
    const bool articlesOpen = ImGui::CollapsingHeader(articlesHeader.c_str());
    app.noteWidget("filters.articles");
    if (articlesOpen && articleCount > 0) {
        const auto& articles = scene.graph().articles();
        auto title = [&](uint32_t a) -> const std::string& {
            return articles[a].title.empty() ? articles[a].id : articles[a].title;
        };
        // A text filter once the list is too long to scan.  It narrows the list (and what
        // All and None act on); the articles it leaves out keep their tick.
        constexpr size_t kQueryFrom = 8;
        std::string needle;
        if (articleCount > kQueryFrom) {
            ImGui::SetNextItemWidth(-1);
            ImGui::InputTextWithHint("##articleQuery", "filter articles", &m_articleQuery);
            app.noteWidget("filters.articles.query");
            needle = foldCase(m_articleQuery);
        }
        auto listed = [&](uint32_t a) {
            return needle.empty() || foldCase(title(a)).find(needle) != std::string::npos;
        };
        // Sets every listed article's tick; an empty subset is the "all shown" default.
        auto setListed = [&](bool on) {
            if (needle.empty() && on) {
                f.articleShown.clear();
                return;
            }
            f.articleShown.resize(articleCount, 1);
            for (uint32_t a = 0; a < articleCount; ++a)
                if (listed(a)) f.articleShown[a] = on ? 1 : 0;
        };
        if (ImGui::SmallButton("All##articles")) setListed(true), changed = true;
        app.noteWidget("filters.articles.all");
        ImGui::SameLine();
        if (ImGui::SmallButton("None##articles")) setListed(false), changed = true;
        app.noteWidget("filters.articles.none");
        // A scrolling list past a dozen rows, so the sections below stay in reach.
        const float rowHeight = ImGui::GetFrameHeightWithSpacing();
        const float listHeight =
            std::min<float>(static_cast<float>(articleCount), 12.0f) * rowHeight;
        ImGui::BeginChild("articleList", ImVec2(0, listHeight), false);
        for (uint32_t a = 0; a < articleCount; ++a) {
            if (!listed(a)) continue;
            const Article& art = articles[a];
            ImGui::PushID(static_cast<int>(a));
            bool on = f.showsArticle(a);
            if (ImGui::Checkbox(title(a).c_str(), &on)) {
                // Materialise the subset on the first untick: empty means "all shown".
                if (f.articleShown.size() < articleCount) f.articleShown.resize(articleCount, 1);
                f.articleShown[a] = on ? 1 : 0;
                changed = true;
            }
            if (a < 50) app.noteWidget(("filters.article." + std::to_string(a)).c_str());
            if (ImGui::IsItemHovered() && !art.source.empty())
                ImGui::SetTooltip("%s", art.source.c_str());
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    if (changed) app.setFilter(f);

    if (ImGui::CollapsingHeader("Style", ImGuiTreeNodeFlags_DefaultOpen)) {
        int measure = static_cast<int>(scene.sizeMeasure());
        if (ImGui::Combo("Size by", &measure, "Mentions\0Degree\0PageRank\0"))
            scene.setSizeMeasure(static_cast<SizeMeasure>(measure));
        bool community = scene.colorByCommunity();
        if (ImGui::Checkbox("Colour by community", &community))
            scene.setColorByCommunity(community);
        ImGui::Checkbox("Draw co-occurrence edges", &app.canvasStyle().showCooccurrence);
        ImGui::Checkbox("Labels", &app.settings().showLabels);
    }
    ImGui::Text("Showing %zu of %zu entities, %zu of %zu links", scene.visibleNodeCount(),
                scene.nodeCount(), scene.visibleEdgeCount(), scene.edgeCount());
    if (!scene.filter().allArticlesShown())
        ImGui::TextDisabled("from %zu of %zu articles", scene.shownArticleCount(), articleCount);
    if (const size_t hidden = scene.hiddenCount()) {
        if (ImGui::Button(("Show " + std::to_string(hidden) + " hidden").c_str()))
            scene.unhideAll();
    }
    ImGui::End();
}

}  // namespace entgraph::gui
