// Layout: the live force layout (pause/resume, reheat, unpin, settle state) and the
// Graphviz engines, run on a worker with progress and cancel; results animate in.
#include <imgui.h>

#include "gui/App.h"
#include "layout/LayoutEngine.h"

namespace entgraph::gui {

void LayoutPanel::draw(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f - 160, 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(320, 220), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Layout", &app.settings().showLayout)) {
        ImGui::End();
        return;
    }
    LayoutWorker& live = app.layout();
    const LayoutState state = live.state();
    ImGui::Text("Force layout: %s (%zu iterations)", layoutStateName(state), live.iterations());
    if (ImGui::Button(live.paused() ? "Resume (Space)" : "Pause (Space)")) app.togglePause();
    ImGui::SameLine();
    if (ImGui::Button("Reheat")) live.reheat();
    ImGui::SameLine();
    if (ImGui::Button("Unpin all")) app.unpinAll();
    ImGui::Separator();

    static std::vector<std::string> names;
    if (names.empty()) {
        try {
            names = layoutEngineNames();
        } catch (...) {
        }
        if (names.empty()) names = {"sfdp", "fdp", "neato", "dot", "circo", "twopi", "force"};
    }
    if (m_engine >= static_cast<int>(names.size())) m_engine = 0;
    const bool combo = ImGui::BeginCombo("Engine", names[m_engine].c_str());
    app.noteWidget("layout.engine");
    if (combo) {
        for (size_t k = 0; k < names.size(); ++k) {
            if (ImGui::Selectable(names[k].c_str(), m_engine == static_cast<int>(k)))
                m_engine = static_cast<int>(k);
            app.noteWidget(("layout.engine." + names[k]).c_str());
        }
        ImGui::EndCombo();
    }
    BackgroundTask& task = app.layoutTask();
    if (task.running()) {
        ImGui::ProgressBar(static_cast<float>(task.progress()), ImVec2(-80, 0),
                           task.label().c_str());
        app.noteWidget("layout.progress");
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) task.cancel();
        app.noteWidget("layout.cancel");
    } else {
        const bool run = ImGui::Button("Run on visible graph");
        app.noteWidget("layout.run");
        if (run && app.scene()) {
            m_lastRun = names[m_engine];
            app.runLayoutEngine(m_lastRun);
        }
    }
    ImGui::TextDisabled("dot and circo suit small or filtered graphs.");
    ImGui::End();
}

}  // namespace entgraph::gui
