// Entities: a sortable table of every entity with its measures; filter by type and
// text; a click selects the entity and zooms to it.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "gui/App.h"
#include "gui/TextUtil.h"

namespace entgraph::gui {

void EntitiesPanel::draw(App& app) {
    Scene& scene = *app.scene();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(8, 30), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(340, io.DisplaySize.y * 0.5f), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Entities", &app.settings().showEntities)) {
        ImGui::End();
        return;
    }
    ImGui::SetNextItemWidth(-120);
    ImGui::InputTextWithHint("##text", "filter by name", &m_text);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    std::string previewText =
        m_type < 0 ? "All types" : std::string(entityTypeLabel(kAllEntityTypes[m_type]));
    if (ImGui::BeginCombo("##type", previewText.c_str())) {
        if (ImGui::Selectable("All types", m_type < 0)) m_type = -1;
        for (size_t t = 0; t < kEntityTypeCount; ++t)
            if (ImGui::Selectable(std::string(entityTypeLabel(kAllEntityTypes[t])).c_str(),
                                  m_type == static_cast<int>(t)))
                m_type = static_cast<int>(t);
        ImGui::EndCombo();
    }

    const NodeMetrics& m = scene.metrics();
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("entities", 6, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Type", 0, 1.5f);
        ImGui::TableSetupColumn(
            "Mentions",
            ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 1.0f);
        ImGui::TableSetupColumn("Degree", ImGuiTableColumnFlags_PreferSortDescending, 1.0f);
        ImGui::TableSetupColumn("Betweenness", ImGuiTableColumnFlags_PreferSortDescending, 1.2f);
        ImGui::TableSetupColumn("PageRank", ImGuiTableColumnFlags_PreferSortDescending, 1.2f);
        ImGui::TableHeadersRow();

        bool rebuild = m_builtScene != &scene || m_builtText != m_text || m_builtType != m_type;
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
            if (specs->SpecsCount > 0) {
                m_sortColumn = specs->Specs[0].ColumnIndex;
                m_sortAscending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            }
            specs->SpecsDirty = false;
            rebuild = true;
        }
        if (rebuild) {
            m_builtScene = &scene;
            m_builtText = m_text;
            m_builtType = m_type;
            m_rows.clear();
            const std::string needle = foldCase(m_text);
            for (size_t i = 0; i < scene.nodeCount(); ++i) {
                const auto& p = scene.node(i);
                if (m_type >= 0 && p.type != kAllEntityTypes[m_type]) continue;
                if (!needle.empty() && foldCase(p.name).find(needle) == std::string::npos) continue;
                m_rows.push_back(static_cast<uint32_t>(i));
            }
            auto key = [&](uint32_t i) -> double {
                switch (m_sortColumn) {
                    case 1:
                        return static_cast<double>(scene.node(i).type);
                    case 2:
                        return static_cast<double>(scene.node(i).mentionCount());
                    case 3:
                        return m.degree[i];
                    case 4:
                        return m.betweenness[i];
                    case 5:
                        return m.pageRank[i];
                    default:
                        return 0.0;
                }
            };
            std::stable_sort(m_rows.begin(), m_rows.end(), [&](uint32_t a, uint32_t b) {
                if (m_sortColumn == 0) {
                    const int c =
                        foldCase(scene.node(a).name).compare(foldCase(scene.node(b).name));
                    return m_sortAscending ? c < 0 : c > 0;
                }
                const double ka = key(a), kb = key(b);
                return m_sortAscending ? ka < kb : ka > kb;
            });
        }

        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(m_rows.size()));
        while (clipper.Step()) {
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const uint32_t i = m_rows[r];
                const auto& p = scene.node(i);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(i));
                const Rgb c = scene.color(i);
                ImGui::ColorButton("##c", ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1.f),
                                   ImGuiColorEditFlags_NoTooltip, ImVec2(10, 10));
                ImGui::SameLine();
                if (!scene.nodeVisible(i)) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.5f);
                const bool clicked = ImGui::Selectable(p.name.c_str(), scene.selected(i),
                                                       ImGuiSelectableFlags_SpanAllColumns);
                if (r == 0) app.noteWidget("entities.row0");
                if (clicked) app.focusNode(i);
                if (!scene.nodeVisible(i)) ImGui::PopStyleVar();
                ImGui::PopID();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(std::string(entityTypeLabel(p.type)).c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%zu", p.mentionCount());
                ImGui::TableNextColumn();
                ImGui::Text("%u", m.degree[i]);
                ImGui::TableNextColumn();
                ImGui::Text("%.1f", m.betweenness[i]);
                ImGui::TableNextColumn();
                ImGui::Text("%.4f", m.pageRank[i]);
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace entgraph::gui
