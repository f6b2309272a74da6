// Path: the shortest chain between two entities over the visible links, highlighted on
// the canvas and listed as a chain of evidence sentences.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/App.h"
#include "gui/TextUtil.h"

namespace entgraph::gui {

std::optional<PathPanel::StepEvidence> PathPanel::stepEvidence(const Scene& scene, uint32_t a,
                                                               uint32_t b) {
    const auto e = scene.edgeBetween(a, b);
    if (!e) return std::nullopt;
    const EntityGraph& g = scene.graph();
    const auto& props = g.graph()[scene.edges()[*e].descriptor];
    StepEvidence step;
    step.label = props.strongestLabel();
    if (!props.relations.empty()) {
        step.article = props.relations[0].article;
        step.sentence = props.relations[0].sentence;
    } else if (!props.cooccurrences.empty()) {
        const auto& c = props.cooccurrences[0];
        step.article = c.article;
        step.sentence = c.sentence.empty() ? c.span : c.sentence;
    }
    // Evidence that does not fit its article is left out rather than read out of bounds.
    if (step.sentence.empty() || step.article >= g.articles().size() ||
        step.sentence.end > g.articles()[step.article].text.size())
        step.sentence = {};
    return step;
}

void PathPanel::draw(App& app) {
    Scene& scene = *app.scene();
    const EntityGraph& g = scene.graph();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f - 200, io.DisplaySize.y - 380),
                            ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(420, 340), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Path", &app.settings().showPath)) {
        ImGui::End();
        return;
    }
    ImGui::InputTextWithHint("From", "entity name", &m_from);
    app.noteWidget("path.from");
    ImGui::InputTextWithHint("To", "entity name", &m_to);
    app.noteWidget("path.to");
    if (scene.selection().size() >= 2 && ImGui::SmallButton("Use the two selected")) {
        m_from = scene.node(scene.selection()[0]).name;
        m_to = scene.node(scene.selection()[1]).name;
    }
    const bool find = ImGui::Button("Find path");
    app.noteWidget("path.find");
    if (find) {
        const auto a = g.findEntity(m_from), b = g.findEntity(m_to);
        if (!a || !b) {
            m_message = std::string("unknown entity: ") + (!a ? m_from : m_to);
            scene.setPath({});
        } else {
            auto path = scene.shortestPath(*a, *b);
            m_message = path.empty() ? "no path between them among the visible links" : "";
            scene.setPath(std::move(path));
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Clear")) scene.setPath({}), m_message.clear();
    app.noteWidget("path.clear");
    if (!m_message.empty()) ImGui::TextColored(ImVec4(1, 0.6f, 0.4f, 1), "%s", m_message.c_str());
    const auto& path = scene.path();
    if (!path.empty()) ImGui::Text("%zu steps", path.size() - 1);
    ImGui::BeginChild("chain");
    for (size_t k = 0; k < path.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::Selectable(scene.node(path[k]).name.c_str(), false)) app.focusNode(path[k]);
        if (k + 1 < path.size()) {
            if (auto step = stepEvidence(scene, path[k], path[k + 1])) {
                ImGui::Indent();
                ImGui::TextDisabled(
                    "%s", step->label.empty() ? "mentioned together" : step->label.c_str());
                if (!step->sentence.empty()) {
                    ImGui::TextWrapped(
                        "\"%s\"", displaySentence(g.text(step->article, step->sentence)).c_str());
                    app.noteWidget(("path.sentence" + std::to_string(k)).c_str());
                    if (ImGui::IsItemClicked()) app.openArticle(step->article, step->sentence);
                    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                }
                ImGui::Unindent();
            }
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace entgraph::gui
