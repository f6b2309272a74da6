// The status bar: visible/total nodes and edges, layout state, running tasks with
// progress and cancel, frame time.
#include <imgui.h>

#include "gui/App.h"

namespace entgraph::gui {

void StatusBar::draw(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    const float height = ImGui::GetFrameHeight() + 6.0f;
    ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - height));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 3));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (Scene* s = app.scene())
        ImGui::Text("Nodes %zu / %zu   Edges %zu / %zu   Selected %zu", s->visibleNodeCount(),
                    s->nodeCount(), s->visibleEdgeCount(), s->edgeCount(), s->selection().size());
    else
        ImGui::TextUnformatted("Nothing open");
    if (const size_t skipped = app.edgesLeftOut()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%zu light edges not drawn at this zoom)", skipped);
    }
    // Every workspace edit is committed when it is made: there is nothing to save by hand.
    ImGui::SameLine();
    if (Workspace* ws = app.workspace())
        ImGui::TextDisabled("   %s: saved", ws->readOnly() ? "read-only" : "workspace");
    else if (app.unsaved())
        ImGui::TextDisabled("   not in a workspace (File -> Save as workspace)");
    ImGui::SameLine();
    const LayoutState st = app.layout().state();
    ImGui::Text("   Layout: %s", layoutStateName(st));
    if (st == LayoutState::Running) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "(settling)");
    }
    for (BackgroundTask* t : {&app.importTask(), &app.layoutTask(), &app.exportTask()}) {
        if (!t->running()) continue;
        ImGui::SameLine();
        ImGui::PushID(t);
        ImGui::ProgressBar(static_cast<float>(t->progress()), ImVec2(220, 0), t->label().c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel")) t->cancel();
        ImGui::PopID();
    }
    const std::string fps = std::to_string(static_cast<int>(app.frameMs() + 0.5f)) + " ms/frame";
    ImGui::SameLine(io.DisplaySize.x - ImGui::CalcTextSize(fps.c_str()).x - 12.0f);
    ImGui::TextUnformatted(fps.c_str());
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace entgraph::gui
