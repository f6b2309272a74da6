// Inspector: everything known about the selected node (aliases, type, articles, each
// mention with its sentence) or edge (every relation with its evidence sentence and
// article).  Clicking a sentence opens its article there.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "gui/App.h"
#include "gui/TextUtil.h"

namespace entgraph::gui {

namespace {

std::string articleName(const EntityGraph& g, uint32_t a) {
    if (a >= g.articles().size()) return "article " + std::to_string(a);
    const auto& art = g.articles()[a];
    return art.title.empty() ? art.id : art.title;
}

// A clickable evidence sentence: opens the article at that sentence.
void sentenceLink(App& app, uint32_t article, ByteSpan sentence, const char* id) {
    const EntityGraph& g = app.scene()->graph();
    if (article >= g.articles().size() || sentence.end > g.articles()[article].text.size() ||
        sentence.empty()) {
        ImGui::TextDisabled("(no sentence)");
        return;
    }
    const std::string text = displaySentence(g.text(article, sentence));
    ImGui::PushID(id);
    ImGui::TextWrapped("%s", text.c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("Open %s here", articleName(g, article).c_str());
        const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRect(lo, hi, ImGui::GetColorU32(ImGuiCol_ButtonHovered));
    }
    if (ImGui::IsItemClicked()) app.openArticle(article, sentence);
    ImGui::PopID();
}

void drawNode(App& app, size_t i, InspectorPanel& panel) {
    Scene& scene = *app.scene();
    const EntityGraph& g = scene.graph();
    const auto& p = scene.node(i);
    const Rgb c = scene.color(i);
    ImGui::ColorButton("##c", ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1.f),
                       ImGuiColorEditFlags_NoTooltip, ImVec2(14, 14));
    ImGui::SameLine();
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::TextDisabled("%s", std::string(entityTypeLabel(p.type)).c_str());
    const auto& m = scene.metrics();
    ImGui::Text("%zu mentions in %zu articles, %u links", p.mentionCount(), p.articles.size(),
                m.degree[i]);
    ImGui::Text("PageRank %.4f, betweenness %.1f%s", m.pageRank[i], m.betweenness[i],
                m.betweennessSampled ? " (sampled)" : "");
    bool pinned = scene.pinned()[i] != 0;
    if (ImGui::Checkbox("Pinned", &pinned)) app.pinNode(i, pinned);  // saved in a workspace
    ImGui::SameLine();
    if (ImGui::SmallButton("Zoom to")) app.focusNode(i);
    ImGui::SameLine();
    if (ImGui::SmallButton("Hide")) app.hideSelection();
    panel.drawWorkspaceEdits(app, i);
    if (!p.aliases.empty() && ImGui::CollapsingHeader("Aliases", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& a : p.aliases) ImGui::BulletText("%s", a.c_str());
    }
    if (!p.minorityTypes.empty()) {
        std::string t;
        for (auto mt : p.minorityTypes)
            t += (t.empty() ? "" : ", ") + std::string(entityTypeLabel(mt));
        ImGui::TextDisabled("Also typed as: %s", t.c_str());
    }
    if (ImGui::CollapsingHeader("Articles", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (uint32_t a : p.articles) {
            ImGui::PushID(static_cast<int>(a));
            if (ImGui::Selectable(articleName(g, a).c_str())) app.openArticle(a);
            ImGui::PopID();
        }
    }
    if (ImGui::CollapsingHeader("Mentions", ImGuiTreeNodeFlags_DefaultOpen)) {
        const size_t limit = std::min<size_t>(p.mentions.size(), 200);
        for (size_t k = 0; k < limit; ++k) {
            const auto& mr = p.mentions[k];
            ImGui::Bullet();
            ImGui::SameLine();
            sentenceLink(app, mr.article, mr.sentence, ("m" + std::to_string(k)).c_str());
        }
        if (p.mentions.size() > limit)
            ImGui::TextDisabled("... and %zu more", p.mentions.size() - limit);
    }
    if (ImGui::CollapsingHeader("Links")) {
        for (uint32_t e : scene.incident(i)) {
            const auto& se = scene.edges()[e];
            const uint32_t other = se.a == i ? se.b : se.a;
            const std::string label = g.graph()[se.descriptor].strongestLabel();
            ImGui::PushID(static_cast<int>(e));
            if (ImGui::Selectable(
                    (scene.node(other).name + (label.empty() ? "" : "  (" + label + ")")).c_str()))
                app.focusNode(other);
            ImGui::PopID();
        }
    }
}

void drawEdge(App& app, size_t e) {
    Scene& scene = *app.scene();
    const EntityGraph& g = scene.graph();
    const auto& se = scene.edges()[e];
    const auto& props = g.graph()[se.descriptor];
    const auto source = boost::source(se.descriptor, g.graph());
    const auto target = boost::target(se.descriptor, g.graph());
    ImGui::TextUnformatted(
        (scene.node(source).name + "  \xE2\x80\x94  " + scene.node(target).name).c_str());
    ImGui::Text("weight %.1f, %zu relations, %zu shared sentences", props.weight,
                props.relations.size(), props.cooccurrences.size());
    if (!props.relations.empty() &&
        ImGui::CollapsingHeader("Relations", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (size_t k = 0; k < props.relations.size(); ++k) {
            const auto& r = props.relations[k];
            const auto& from = r.forward ? scene.node(source) : scene.node(target);
            const auto& to = r.forward ? scene.node(target) : scene.node(source);
            ImGui::Text("%s %s%s %s", from.name.c_str(), r.negated ? "NOT " : "", r.label.c_str(),
                        to.name.c_str());
            ImGui::TextDisabled("%s, in %s", std::string(relationTypeName(r.type)).c_str(),
                                articleName(g, r.article).c_str());
            ImGui::Indent();
            sentenceLink(app, r.article, r.sentence, ("r" + std::to_string(k)).c_str());
            ImGui::Unindent();
            ImGui::Separator();
        }
    }
    if (!props.cooccurrences.empty() && ImGui::CollapsingHeader("Shared sentences")) {
        const size_t limit = std::min<size_t>(props.cooccurrences.size(), 100);
        for (size_t k = 0; k < limit; ++k) {
            const auto& c = props.cooccurrences[k];
            ImGui::Bullet();
            ImGui::SameLine();
            sentenceLink(app, c.article, c.sentence.empty() ? c.span : c.sentence,
                         ("c" + std::to_string(k)).c_str());
        }
    }
}

}  // namespace

void InspectorPanel::draw(App& app) {
    Scene& scene = *app.scene();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 368, 30), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(360, io.DisplaySize.y * 0.6f), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Inspector", &app.settings().showInspector)) {
        ImGui::End();
        return;
    }
    if (scene.selection().size() == 1) {
        drawNode(app, scene.selection()[0], *this);
    } else if (scene.selection().size() > 1) {
        ImGui::Text("%zu entities selected", scene.selection().size());
        for (uint32_t i : scene.selection()) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(scene.node(i).name.c_str())) app.focusNode(i);
            ImGui::PopID();
        }
        if (app.workspace()) {
            const std::string label =
                "Merge into " + scene.node(scene.selection()[0]).name + "  (Ctrl+M)";
            const bool merge = ImGui::Button(label.c_str());
            app.noteWidget("inspector.merge");
            if (merge) app.mergeSelection();  // runs at the next frame
        }
        if (scene.selection().size() == 2 && ImGui::Button("Shortest path between them")) {
            scene.setPath(scene.shortestPath(scene.selection()[0], scene.selection()[1]));
            app.settings().showPath = true;
        }
    } else if (scene.selectedEdge()) {
        drawEdge(app, *scene.selectedEdge());
    } else {
        ImGui::TextDisabled("Click a node or an edge to inspect it.");
        ImGui::TextDisabled("Shift-click adds to the selection; drag a node to pin it;");
        ImGui::TextDisabled("double-click expands hidden neighbours.");
        if (Workspace* ws = app.workspace()) {
            if (m_hiddenFor != app.scene() || m_hiddenForScene != app.scene()->instanceId()) {
                m_hiddenFor = app.scene();
                m_hiddenForScene = app.scene()->instanceId();
                m_hidden.clear();
                for (const auto& e : ws->entities(true))
                    if (e.hidden) m_hidden.emplace_back(e.id, e.name);
            }
            if (!m_hidden.empty() &&
                ImGui::CollapsingHeader("Hidden in the workspace", ImGuiTreeNodeFlags_DefaultOpen))
                for (const auto& [id, name] : m_hidden) {
                    ImGui::PushID(static_cast<int>(id));
                    const bool show = ImGui::SmallButton("Show");
                    if (id == m_hidden.front().first) app.noteWidget("inspector.show0");
                    if (show) app.showHiddenEntity(id);
                    ImGui::SameLine();
                    ImGui::TextUnformatted(name.c_str());
                    ImGui::PopID();
                }
        }
    }
    ImGui::End();
}

// Rename, type, notes, hide and the entity's merge history, through the workspace.
void InspectorPanel::drawWorkspaceEdits(App& app, size_t i) {
    Workspace* ws = app.workspace();
    if (!ws) {
        ImGui::TextDisabled("Save as a workspace (File menu) to edit entities.");
        return;
    }
    const int64_t id = app.entityIdOf(i);
    if (id != m_editingEntity || app.scene() != m_editingScene) {
        m_editingEntity = id;
        m_editingScene = app.scene();
        m_name = app.scene()->node(i).name;
        m_notes.clear();
        m_aliases.clear();
        m_history.clear();
        if (auto e = ws->entity(id)) {
            m_notes = e->notes;
            m_aliases = e->aliases;
        }
        const std::string quoted = "'" + m_name + "'";
        auto edits = ws->history();
        for (auto it = edits.rbegin(); it != edits.rend() && m_history.size() < 50; ++it)
            if (!it->undone && it->kind != "import" &&
                it->description.find(quoted) != std::string::npos)
                m_history.push_back(it->description);
    }
    if (!ImGui::CollapsingHeader("Edit (saved at once)", ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::SetNextItemWidth(-90);
    const bool enter = ImGui::InputText("##name", &m_name, ImGuiInputTextFlags_EnterReturnsTrue);
    app.noteWidget("inspector.name");
    ImGui::SameLine();
    if ((ImGui::Button("Rename") || enter) && !m_name.empty() &&
        m_name != app.scene()->node(i).name) {
        app.renameNode(i, m_name);
        return;
    }
    int type = static_cast<int>(app.scene()->node(i).type);
    ImGui::SetNextItemWidth(-90);
    if (ImGui::BeginCombo("Type", std::string(entityTypeLabel(kAllEntityTypes[type])).c_str())) {
        for (size_t t = 0; t < kAllEntityTypes.size(); ++t)
            if (ImGui::Selectable(std::string(entityTypeLabel(kAllEntityTypes[t])).c_str(),
                                  static_cast<int>(t) == type) &&
                static_cast<int>(t) != type) {
                ImGui::EndCombo();
                app.retypeNode(i, kAllEntityTypes[t]);
                return;
            }
        ImGui::EndCombo();
    }
    ImGui::InputTextMultiline("##notes", &m_notes, ImVec2(-1, 60));
    app.noteWidget("inspector.notes");
    const bool saveNotes = ImGui::Button("Save notes");
    app.noteWidget("inspector.savenotes");
    if (saveNotes) {
        app.setNodeNotes(i, m_notes);
        return;
    }
    ImGui::SameLine();
    const bool hide = ImGui::Button("Hide in workspace");
    app.noteWidget("inspector.hide");
    if (hide) {
        app.hideNodeInWorkspace(i);
        return;
    }
    // Undo a wrong merge by hand: an alias, with the mentions written that way, becomes
    // its own entity again (the store moves its mentions and evidence along).
    if (!m_aliases.empty() &&
        ImGui::TreeNodeEx("Split an alias off", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (size_t k = 0; k < m_aliases.size(); ++k) {
            ImGui::PushID(static_cast<int>(k));
            const bool split = ImGui::SmallButton("Split");
            app.noteWidget(("inspector.split" + std::to_string(k)).c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted(m_aliases[k].c_str());
            ImGui::PopID();
            if (split) {
                app.splitAlias(i, m_aliases[k]);
                ImGui::TreePop();
                return;
            }
        }
        ImGui::TreePop();
    }
    if (!m_history.empty() && ImGui::TreeNodeEx("History", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& h : m_history) ImGui::BulletText("%s", h.c_str());
        ImGui::TreePop();
    }
}

}  // namespace entgraph::gui
