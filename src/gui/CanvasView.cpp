// Canvas interaction (pan, zoom at cursor, pick, select, drag-to-pin, double-click to
// expand) and what ImGui draws over the canvas: labels with level of detail and no
// overlap, the hover tooltip and the empty-state hint.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "gui/App.h"

namespace entgraph::gui {

namespace {
double radiusPx(App& app, size_t i) {
    return std::max(app.scene()->radius(i) * app.camera().zoom,
                    static_cast<double>(app.canvasStyle().minRadiusPx));
}
}  // namespace

std::optional<size_t> CanvasView::pick(App& app, double sx, double sy) {
    Scene* scene = app.scene();
    if (!scene) return std::nullopt;
    const Camera& cam = app.camera();
    const auto& pos = scene->positions();
    std::optional<size_t> best;
    double bestD = 1e30;
    for (size_t i = 0; i < scene->nodeCount(); ++i) {
        if (!scene->nodeVisible(i)) continue;
        const Point s = cam.toScreen(pos[i]);
        const double dx = s.x - sx, dy = s.y - sy;
        const double d2 = dx * dx + dy * dy;
        const double r = radiusPx(app, i) + 3.0;
        if (d2 <= r * r && d2 < bestD) bestD = d2, best = i;
    }
    return best;
}

std::optional<size_t> CanvasView::pickEdge(App& app, double sx, double sy) {
    Scene* scene = app.scene();
    if (!scene) return std::nullopt;
    const Camera& cam = app.camera();
    const auto& pos = scene->positions();
    std::optional<size_t> best;
    double bestD = 5.0 * 5.0;
    for (size_t e = 0; e < scene->edgeCount(); ++e) {
        if (!scene->edgeVisible(e)) continue;
        const auto& se = scene->edges()[e];
        if (se.cooccurrenceOnly && !app.canvasStyle().showCooccurrence) continue;
        const Point a = cam.toScreen(pos[se.a]), b = cam.toScreen(pos[se.b]);
        const double vx = b.x - a.x, vy = b.y - a.y, len2 = vx * vx + vy * vy;
        double t = len2 > 0 ? ((sx - a.x) * vx + (sy - a.y) * vy) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        const double dx = a.x + t * vx - sx, dy = a.y + t * vy - sy;
        const double d2 = dx * dx + dy * dy;
        if (d2 < bestD) bestD = d2, best = e;
    }
    return best;
}

void CanvasView::draw(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    Scene* scene = app.scene();
    if (!scene) {
        m_hovered.reset();
        const char* hint = app.importTask().running()
                               ? "Reading and extracting articles..."
                               : "Open articles with File -> Open (Ctrl+O) or drop files here.";
        const ImVec2 size = ImGui::CalcTextSize(hint);
        ImGui::GetBackgroundDrawList()->AddText(
            ImVec2((io.DisplaySize.x - size.x) * 0.5f, (io.DisplaySize.y - size.y) * 0.5f),
            IM_COL32(200, 200, 200, 255), hint);
        return;
    }
    Camera& cam = app.camera();
    const bool overCanvas = !io.WantCaptureMouse;
    const ImVec2 mouse = io.MousePos;
    const bool mouseValid = ImGui::IsMousePosValid(&mouse);

    // Hover (not while dragging the view).
    if (overCanvas && mouseValid && !(m_pressOnCanvas && m_dragging && !m_pressNode))
        m_hovered = pick(app, mouse.x, mouse.y);
    else if (!m_dragging)
        m_hovered.reset();

    // Wheel: zoom at the cursor.
    if (overCanvas && mouseValid && io.MouseWheel != 0.0f) {
        app.cameraTouched();
        cam.zoomAt(mouse.x, mouse.y, std::pow(1.15, static_cast<double>(io.MouseWheel)));
    }

    // Press: remember what was under the mouse.
    if (overCanvas && mouseValid && ImGui::IsMouseClicked(0)) {
        m_pressOnCanvas = true;
        m_pressNode = m_hovered;
        m_dragging = false;
    }
    if (m_pressOnCanvas && ImGui::IsMouseDown(0)) {
        if (ImGui::IsMouseDragging(0, 3.0f)) m_dragging = true;
        if (m_dragging) {
            if (m_pressNode) {
                app.dragNode(*m_pressNode, cam.toWorld(mouse.x, mouse.y));
            } else {
                app.cameraTouched();
                cam.cx -= io.MouseDelta.x / cam.zoom;
                cam.cy += io.MouseDelta.y / cam.zoom;
            }
        }
    }
    if (m_pressOnCanvas && ImGui::IsMouseReleased(0)) {
        if (!m_dragging) {
            if (m_pressNode) {
                app.selectNode(*m_pressNode, io.KeyShift);
            } else if (auto e = pickEdge(app, mouse.x, mouse.y)) {
                scene->clearSelection();
                scene->selectEdge(e);
            } else if (!io.KeyShift) {
                app.clearSelection();
            }
        }
        m_pressOnCanvas = false;
        m_pressNode.reset();
        m_dragging = false;
        app.m_dragging.reset();
    }
    if (overCanvas && mouseValid && ImGui::IsMouseDoubleClicked(0) && m_hovered) {
        const size_t back = scene->expand(*m_hovered);
        if (back) app.showInfo("Expanded " + std::to_string(back) + " hidden neighbours");
    }

    if (app.settings().showLabels) drawLabels(app);

    if (m_hovered && !m_dragging && overCanvas) {
        const auto& p = scene->node(*m_hovered);
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(p.name.c_str());
        ImGui::TextDisabled("%s", std::string(entityTypeLabel(p.type)).c_str());
        ImGui::Text("%zu mentions, %u links", p.mentionCount(),
                    scene->metrics().degree[*m_hovered]);
        if (scene->pinned()[*m_hovered]) ImGui::TextDisabled("pinned");
        ImGui::EndTooltip();
    }
}

// Greedy label placement: candidates in priority order (selection, its neighbours,
// path, then by importance), each placed only where a screen-space grid has room.
void CanvasView::drawLabels(App& app) {
    Scene* scene = app.scene();
    const Camera& cam = app.camera();
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const ImGuiIO& io = ImGui::GetIO();
    constexpr float kCell = 8.0f;
    const int cols = static_cast<int>(io.DisplaySize.x / kCell) + 1;
    const int rows = static_cast<int>(io.DisplaySize.y / kCell) + 1;
    const size_t cells = static_cast<size_t>(cols) * rows;
    if (m_gridStamp.size() != cells) m_gridStamp.assign(cells, 0), m_stamp = 0;
    if (++m_stamp == 0) std::fill(m_gridStamp.begin(), m_gridStamp.end(), 0), m_stamp = 1;

    const bool dark = app.settings().darkTheme;
    const ImU32 textColor = dark ? IM_COL32(235, 235, 235, 255) : IM_COL32(20, 20, 20, 255);
    const ImU32 dimColor = dark ? IM_COL32(235, 235, 235, 90) : IM_COL32(20, 20, 20, 90);
    const ImU32 shadow = dark ? IM_COL32(0, 0, 0, 200) : IM_COL32(255, 255, 255, 220);
    m_labelsDrawn = 0;

    // Returns false when the node is not a candidate at all (hidden or off screen).
    auto place = [&](size_t i, bool force) -> bool {
        if (!scene->nodeVisible(i)) return false;
        const Point p = scene->positions()[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
        const Point s = cam.toScreen(p);
        if (s.x < -200 || s.y < -50 || s.x > io.DisplaySize.x + 200 || s.y > io.DisplaySize.y + 50)
            return false;
        const std::string& name = scene->node(i).name;
        const ImVec2 size = ImGui::CalcTextSize(name.c_str());
        const float r = static_cast<float>(radiusPx(app, i));
        const ImVec2 at(static_cast<float>(s.x) - size.x * 0.5f,
                        static_cast<float>(s.y) + r + 2.0f);
        const int c0 = std::max(0, static_cast<int>(at.x / kCell));
        const int c1 = std::min(cols - 1, static_cast<int>((at.x + size.x) / kCell));
        const int r0 = std::max(0, static_cast<int>(at.y / kCell));
        const int r1 = std::min(rows - 1, static_cast<int>((at.y + size.y) / kCell));
        if (c0 > c1 || r0 > r1) return true;
        if (!force)
            for (int y = r0; y <= r1; ++y)
                for (int x = c0; x <= c1; ++x)
                    if (m_gridStamp[static_cast<size_t>(y) * cols + x] == m_stamp) return true;
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x) m_gridStamp[static_cast<size_t>(y) * cols + x] = m_stamp;
        const ImU32 col = scene->dimmed(i) ? dimColor : textColor;
        dl->AddText(ImVec2(at.x + 1, at.y + 1), shadow, name.c_str());
        dl->AddText(at, col, name.c_str());
        ++m_labelsDrawn;
        return true;
    };

    // The selection and its neighbours are always labelled.
    for (uint32_t s : scene->selection()) place(s, true);
    for (uint32_t s : scene->selection())
        for (uint32_t e : scene->incident(s)) {
            if (!scene->edgeVisible(e)) continue;
            const auto& se = scene->edges()[e];
            place(se.a == s ? se.b : se.a, true);
        }
    for (uint32_t p : scene->path()) place(p, true);
    if (m_hovered) place(*m_hovered, true);

    // Then by importance, while nodes are big enough on screen to deserve a label.
    size_t tried = 0;
    const size_t budget = 400;
    for (uint32_t i : scene->byImportance()) {
        if (m_labelsDrawn >= budget || tried >= 3000) break;
        // Radii follow importance, so every later node is smaller still.
        if (radiusPx(app, i) < 3.0) break;
        if (place(i, false)) ++tried;
    }
}

}  // namespace entgraph::gui
