// Merge suggestions of the open workspace (Workspace::suggestMerges): each pair with its
// score and reason; Accept merges the second into the first (the one with more mentions),
// Dismiss stores the pair as "not the same" so it is not proposed again.
#include <imgui.h>

#include "gui/App.h"

namespace entgraph::gui {

void SuggestionsPanel::draw(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f - 260, io.DisplaySize.y - 300),
                            ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(520, 260), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Merge suggestions", &app.settings().showSuggestions)) {
        ImGui::End();
        return;
    }
    const auto& list = app.suggestions();
    if (list.empty()) ImGui::TextDisabled("No suggestions: no two entities look alike.");
    // Copy the chosen action out: accepting or dismissing invalidates the list.
    std::optional<std::pair<int64_t, int64_t>> accept, dismiss;
    if (!list.empty() && ImGui::BeginTable("suggestions", 4,
                                           ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                               ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Pair");
        ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, 50);
        ImGui::TableSetupColumn("Reason");
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableHeadersRow();
        for (size_t k = 0; k < list.size(); ++k) {
            const auto& s = list[k];
            ImGui::PushID(static_cast<int>(k));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s  <-  %s", s.nameA.c_str(), s.nameB.c_str());
            if (ImGui::IsItemClicked())
                if (auto i = app.nodeOfEntity(s.a)) app.focusNode(*i);
            ImGui::TableNextColumn();
            ImGui::Text("%.2f", s.score);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", s.reason.c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Accept")) accept = std::make_pair(s.a, s.b);
            if (k == 0) app.noteWidget("suggestions.accept0");
            ImGui::SameLine();
            if (ImGui::SmallButton("Dismiss")) dismiss = std::make_pair(s.a, s.b);
            if (k == 0) app.noteWidget("suggestions.dismiss0");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::End();
    if (accept) app.mergeEntities(accept->first, accept->second);
    if (dismiss) app.dismissSuggestion(dismiss->first, dismiss->second);
}

}  // namespace entgraph::gui
