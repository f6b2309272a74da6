// `--state-dump FILE`: what the explorer shows, as JSON, written on exit and on SIGUSR1.
// The GUI tests read it to check the effect of real X input.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "gui/App.h"

namespace entgraph::gui {

void App::writeStateDump(const std::string& path) {
    using nlohmann::json;
    json j;
    j["title"] = m_title;
    j["open"] = m_whatIsOpen;
    int ww = 0, wh = 0;
    glfwGetWindowSize(m_window->handle(), &ww, &wh);
    j["window"] = {{"width", ww}, {"height", wh}};
    j["camera"] = {{"x", m_camera.cx}, {"y", m_camera.cy}, {"zoom", m_camera.zoom}};
    j["layout"] = {{"state", layoutStateName(m_layout.state())},
                   {"iterations", m_layout.iterations()},
                   {"animating", m_animation.active}};
    j["importing"] = m_importTask.running();
    j["workspace"] = m_workspace ? m_workspace->path() : std::string();
    j["unsaved"] = unsaved();
    j["recentWorkspaces"] = m_settings.recentWorkspaces;
    j["suggestions"] = m_suggestions ? static_cast<long>(m_suggestions->size()) : -1L;
    j["errors"] = m_errorLog;
    json infos = json::array();
    for (const auto& note : m_infos) infos.push_back(note.first);
    j["infos"] = infos;
    // Background work as the status bar shows it: running, progress, label.
    auto task = [](const BackgroundTask& t) {
        return json{{"running", t.running()}, {"progress", t.progress()}, {"label", t.label()}};
    };
    j["tasks"] = {{"import", task(m_importTask)},
                  {"layout", task(m_layoutTask)},
                  {"export", task(m_exportTask)}};
    j["layoutEngine"] = m_layoutPanel.lastRun();
    if (m_openPanel.visible())
        j["openPanel"] = {{"folder", m_openPanel.folder()}, {"error", m_openPanel.error()}};
    // ImGui windows shown this frame (panels, menus, popups, notes), in window pixels, so
    // the tests know which parts of the canvas are covered and where title bars are.
    json windows = json::array();
    if (ImGuiContext* ctx = ImGui::GetCurrentContext())
        for (ImGuiWindow* w : ctx->Windows) {
            if (!w->Active || w->Hidden || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
            windows.push_back({{"name", w->Name},
                               {"x0", w->Pos.x},
                               {"y0", w->Pos.y},
                               {"x1", w->Pos.x + w->Size.x},
                               {"y1", w->Pos.y + w->Size.y},
                               {"titleHeight", w->TitleBarHeight()},
                               {"collapsed", w->Collapsed}});
        }
    j["windows"] = windows;
    j["frameMs"] = m_frameMs;
    j["labels"] = m_canvasView.labelsDrawn();
    j["edgesLeftOut"] = edgesLeftOut();
    j["search"] = {{"query", m_searchPanel.query()}, {"matches", m_searchPanel.matchCount()}};
    j["panels"] = {{"entities", m_settings.showEntities},
                   {"inspector", m_settings.showInspector},
                   {"filters", m_settings.showFilters},
                   {"articles", m_settings.showArticles},
                   {"search", m_settings.showSearch},
                   {"path", m_settings.showPath},
                   {"statistics", m_settings.showStatistics},
                   {"layout", m_settings.showLayout},
                   {"export", m_exportPanel.visible()},
                   {"open", m_openPanel.visible()},
                   {"suggestions", m_settings.showSuggestions},
                   {"workspaceDialog", m_workspaceDialog.visible()}};
    json widgets = json::object();
    for (const auto& [name, r] : m_widgets)
        widgets[name] = {{"x0", r[0]}, {"y0", r[1]}, {"x1", r[2]}, {"y1", r[3]}};
    j["widgets"] = widgets;
    if (m_articleFocus.article) j["openArticle"] = *m_articleFocus.article;
    if (m_scene) {
        const Scene& s = *m_scene;
        j["articles"] = s.graph().articles().size();
        j["nodes"] = {{"total", s.nodeCount()},
                      {"visible", s.visibleNodeCount()},
                      {"hidden", s.hiddenCount()}};
        j["edges"] = {{"total", s.edgeCount()}, {"visible", s.visibleEdgeCount()}};
        json sel = json::array();
        for (uint32_t i : s.selection())
            sel.push_back({{"index", i}, {"name", s.node(i).name}, {"entity", entityIdOf(i)}});
        j["selection"] = sel;
        if (s.selectedEdge()) {
            const auto& e = s.edges()[*s.selectedEdge()];
            j["selectedEdge"] = {{"from", s.node(e.a).name}, {"to", s.node(e.b).name}};
        }
        json path = json::array();
        for (uint32_t i : s.path()) path.push_back(s.node(i).name);
        j["path"] = path;
        // Each step of the path with the sentence the Path panel lists for it.
        json steps = json::array();
        for (size_t k = 0; k + 1 < s.path().size(); ++k) {
            json step = {{"from", s.node(s.path()[k]).name}, {"to", s.node(s.path()[k + 1]).name}};
            if (auto ev = PathPanel::stepEvidence(s, s.path()[k], s.path()[k + 1])) {
                step["label"] = ev->label;
                step["article"] = ev->article;
                step["sentence"] = ev->sentence.empty()
                                       ? std::string()
                                       : std::string(s.graph().text(ev->article, ev->sentence));
            }
            steps.push_back(step);
        }
        j["pathSteps"] = steps;
        const auto& f = s.filter();
        json types = json::array();
        for (auto t : kAllEntityTypes)
            if (f.types[static_cast<size_t>(t)]) types.push_back(std::string(entityTypeName(t)));
        j["filter"] = {{"types", types},
                       {"minMentions", f.minMentions},
                       {"minEdgeWeight", f.minEdgeWeight},
                       {"cooccurrence", f.showCooccurrence},
                       {"hideIsolated", f.hideIsolated},
                       {"articlesShown", s.shownArticleCount()}};
        // Per node (the first 2000): where it is on screen, in window pixels.
        json nodes = json::array();
        const size_t limit = std::min<size_t>(s.nodeCount(), 2000);
        for (size_t i = 0; i < limit; ++i) {
            const Point p = s.positions()[i];
            const Point sp = m_camera.toScreen(p);
            const Rgb c = s.color(i);
            nodes.push_back({{"index", i},
                             {"name", s.node(i).name},
                             {"type", std::string(entityTypeName(s.node(i).type))},
                             {"mentions", s.node(i).mentionCount()},
                             {"articles", s.node(i).articles},
                             {"x", p.x},
                             {"y", p.y},
                             {"sx", sp.x},
                             {"sy", sp.y},
                             {"rpx", std::max(s.radius(i) * m_camera.zoom, 1.5)},
                             {"color", toHex(c)},
                             {"visible", s.nodeVisible(i)},
                             {"pinned", s.pinned()[i] != 0},
                             {"dimmed", s.dimmed(i)}});
        }
        j["nodeList"] = nodes;
        // Per edge (the first 5000): its ends and whether it is shown.
        json edges = json::array();
        for (size_t e = 0; e < s.edgeCount() && e < 5000; ++e) {
            const SceneEdge& se = s.edges()[e];
            edges.push_back({{"a", se.a},
                             {"b", se.b},
                             {"from", s.node(se.a).name},
                             {"to", s.node(se.b).name},
                             {"visible", s.edgeVisible(e)},
                             {"cooccurrenceOnly", se.cooccurrenceOnly}});
        }
        j["edgeList"] = edges;
        // The labels drawn this frame: whose, and the text's top-left corner.
        json labels = json::array();
        for (const PlacedLabel& l : m_canvasView.labels()) {
            if (l.node >= s.nodeCount() || labels.size() >= 2000) continue;
            labels.push_back({{"name", s.node(l.node).name}, {"x", l.x}, {"y", l.y}});
        }
        j["labelList"] = labels;
    } else {
        j["nodes"] = {{"total", 0}, {"visible", 0}, {"hidden", 0}};
        j["edges"] = {{"total", 0}, {"visible", 0}};
        j["selection"] = json::array();
    }
    // Write then rename, so a reader never sees half a file.
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp);
        if (!out) {
            std::fprintf(stderr, "entgraph: cannot write the state dump '%s'\n", path.c_str());
            return;
        }
        out << j.dump(2) << '\n';
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
}

}  // namespace entgraph::gui
