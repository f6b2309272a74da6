// Search (Ctrl+F): incremental matching on names and aliases; Enter selects and zooms
// to the next match.  While the panel is open the matches are ringed on the canvas.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "gui/App.h"
#include "gui/TextUtil.h"

namespace entgraph::gui {

void SearchPanel::update(App& app) {
    Scene& scene = *app.scene();
    if (m_builtScene == &scene && m_builtQuery == m_query) return;
    m_builtScene = &scene;
    m_builtQuery = m_query;
    m_matches.clear();
    m_cursor = 0;
    const std::string needle = foldCase(m_query);
    if (needle.empty()) return;
    std::vector<uint32_t> prefix, inner;
    for (size_t i = 0; i < scene.nodeCount(); ++i) {
        const auto& p = scene.node(i);
        const std::string name = foldCase(p.name);
        size_t at = name.find(needle);
        for (const auto& alias : p.aliases) {
            if (at == 0) break;
            const size_t a = foldCase(alias).find(needle);
            if (a != std::string::npos && (at == std::string::npos || a < at)) at = a;
        }
        if (at == 0)
            prefix.push_back(static_cast<uint32_t>(i));
        else if (at != std::string::npos)
            inner.push_back(static_cast<uint32_t>(i));
    }
    // Names starting with the query first, then by importance.
    auto byImportance = [&](uint32_t a, uint32_t b) {
        return scene.importance(a) > scene.importance(b);
    };
    std::stable_sort(prefix.begin(), prefix.end(), byImportance);
    std::stable_sort(inner.begin(), inner.end(), byImportance);
    m_matches = std::move(prefix);
    m_matches.insert(m_matches.end(), inner.begin(), inner.end());
}

void SearchPanel::next(App& app) {
    update(app);
    if (m_matches.empty()) return;
    if (m_cursor >= m_matches.size()) m_cursor = 0;
    app.focusNode(m_matches[m_cursor++]);
}

namespace {
// The ring around a match: cyan, apart from the yellow of selection and path.
constexpr ImU32 kMatchRing = IM_COL32(90, 220, 255, 255);
constexpr size_t kMaxRings = 500;  // past this many the rings would only be noise

// Dear ImGui 1.86 activates a text field asked for with SetKeyboardFocusHere one frame
// later and drops the characters typed in that frame, so Ctrl+F followed at once by
// typing (or typing on right after Enter) lost a character.  The characters of the
// activation frame are held back and handed to the field on the frame after.  (File
// scope: the App has one Search panel.)
struct FocusCarry {
    enum Stage { Idle, Asked, Activating, GiveBack } stage = Idle;
    ImVector<ImWchar> held;
};
FocusCarry g_focusCarry;

void carryCharactersBefore(ImGuiIO& io) {
    FocusCarry& c = g_focusCarry;
    if (c.stage == FocusCarry::Activating) {
        c.held = io.InputQueueCharacters;
        io.InputQueueCharacters.resize(0);
        c.stage = FocusCarry::GiveBack;
    } else if (c.stage == FocusCarry::GiveBack) {
        ImVector<ImWchar> queue = c.held;  // the held ones first, then this frame's
        for (ImWchar ch : io.InputQueueCharacters) queue.push_back(ch);
        io.InputQueueCharacters.swap(queue);
        c.held.resize(0);
        c.stage = FocusCarry::Idle;
    }
}

void askFocus(int offset) {
    ImGui::SetKeyboardFocusHere(offset);
    g_focusCarry.stage = FocusCarry::Asked;
}

void highlightMatches(App& app, const std::vector<uint32_t>& matches) {
    Scene& scene = *app.scene();
    const Camera& cam = app.camera();
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float minRadius = app.canvasStyle().minRadiusPx;
    size_t drawn = 0;
    for (uint32_t i : matches) {
        if (drawn >= kMaxRings) break;
        if (!scene.nodeVisible(i)) continue;
        const Point p = cam.toScreen(scene.positions()[i]);
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        const float r = std::max(static_cast<float>(scene.radius(i) * cam.zoom), minRadius);
        if (p.x < -r || p.y < -r || p.x > cam.width + r || p.y > cam.height + r) continue;
        dl->AddCircle(ImVec2(static_cast<float>(p.x), static_cast<float>(p.y)), r + 5.0f,
                      kMatchRing, 0, 2.5f);
        ++drawn;
    }
}
}  // namespace

void SearchPanel::draw(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f - 180, 30), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(360, 300), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Search", &app.settings().showSearch)) {
        ImGui::End();
        return;
    }
    carryCharactersBefore(io);
    if (app.takeSearchFocusRequest()) askFocus(0);
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##query", "name or alias, Enter: next", &m_query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    app.noteWidget("search.query");
    if (enter) {
        next(app);
        askFocus(-1);  // keep typing / pressing Enter
    }
    if (g_focusCarry.stage == FocusCarry::Asked) g_focusCarry.stage = FocusCarry::Activating;
    update(app);
    Scene& scene = *app.scene();
    ImGui::TextDisabled("%zu matches", m_matches.size());
    highlightMatches(app, m_matches);
    ImGui::BeginChild("results");
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_matches.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const uint32_t i = m_matches[r];
            ImGui::PushID(static_cast<int>(i));
            const std::string label =
                scene.node(i).name + "  (" + std::string(entityTypeLabel(scene.node(i).type)) + ")";
            if (ImGui::Selectable(label.c_str(), scene.selected(i))) {
                m_cursor = static_cast<size_t>(r) + 1;
                app.focusNode(i);
            }
            if (r == 0) app.noteWidget("search.result0");
            ImGui::PopID();
        }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace entgraph::gui
