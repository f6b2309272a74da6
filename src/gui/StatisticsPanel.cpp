// Statistics: size of the graph, components, communities (with the colour-by-community
// toggle) and the top entities by PageRank.
#include <imgui.h>

#include <algorithm>

#include "gui/App.h"

namespace entgraph::gui {

void StatisticsPanel::draw(App& app) {
    Scene& scene = *app.scene();
    const NodeMetrics& m = scene.metrics();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 368, 40 + io.DisplaySize.y * 0.6f),
                            ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(360, 300), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Statistics", &app.settings().showStatistics)) {
        ImGui::End();
        return;
    }
    ImGui::Text("%zu articles, %zu entities, %zu links", scene.graph().articles().size(),
                scene.nodeCount(), scene.edgeCount());
    size_t typed = 0;
    for (const auto& e : scene.edges()) typed += e.cooccurrenceOnly ? 0 : 1;
    ImGui::Text("%zu links with a typed relation, %zu co-occurrence only", typed,
                scene.edgeCount() - typed);
    std::vector<size_t> compSize(m.componentCount, 0), commSize(m.communityCount, 0);
    for (uint32_t c : m.component) ++compSize[c];
    for (uint32_t c : m.community) ++commSize[c];
    ImGui::Text("%zu components (largest: %zu entities)", m.componentCount,
                compSize.empty() ? 0 : compSize[0]);
    ImGui::Text("%zu communities", m.communityCount);
    bool community = scene.colorByCommunity();
    if (ImGui::Checkbox("Colour by community", &community)) scene.setColorByCommunity(community);
    if (ImGui::CollapsingHeader("Largest communities")) {
        for (size_t c = 0; c < std::min<size_t>(commSize.size(), 10); ++c) {
            // Name a community after its most important member.
            size_t best = 0;
            float bestRank = -1.0f;
            for (size_t i = 0; i < scene.nodeCount(); ++i)
                if (m.community[i] == c && m.pageRank[i] > bestRank)
                    bestRank = m.pageRank[i], best = i;
            ImGui::BulletText("%zu entities around %s", commSize[c], scene.node(best).name.c_str());
        }
    }
    if (ImGui::CollapsingHeader("Top entities (PageRank)", ImGuiTreeNodeFlags_DefaultOpen)) {
        std::vector<uint32_t> order(scene.nodeCount());
        for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
        const size_t top = std::min<size_t>(order.size(), 15);
        std::partial_sort(order.begin(), order.begin() + static_cast<long>(top), order.end(),
                          [&](uint32_t a, uint32_t b) { return m.pageRank[a] > m.pageRank[b]; });
        for (size_t k = 0; k < top; ++k) {
            ImGui::PushID(static_cast<int>(k));
            const std::string label = std::to_string(k + 1) + ". " + scene.node(order[k]).name;
            if (ImGui::Selectable(label.c_str())) app.focusNode(order[k]);
            ImGui::PopID();
        }
    }
    ImGui::End();
}

}  // namespace entgraph::gui
