// Canvas interaction (pan, zoom at cursor, pick, select, drag-to-pin, double-click to
// expand) and what ImGui draws over the canvas: labels with level of detail and no
// overlap, the hover tooltip and the empty-state hint.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
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
// path, then by importance), each placed at the first of four spots around its node
// where a screen-space grid has room: no label over another, nor over a node at least as
// important as its own.
std::vector<PlacedLabel> CanvasView::placeLabels(App& app, const Camera& cam, const ImFont* font,
                                                 float fontSize, float scale,
                                                 const std::array<double, 4>* visible) {
    std::vector<PlacedLabel> placed;
    Scene* scene = app.scene();
    if (!scene || !font) return placed;
    const float cell = 8.0f * scale;
    const int cols = static_cast<int>(cam.width / cell) + 1;
    const int rows = static_cast<int>(cam.height / cell) + 1;
    const size_t cells = static_cast<size_t>(cols) * rows;
    if (m_gridStamp.size() != cells) {
        m_gridStamp.assign(cells, 0), m_nodeStamp.assign(cells, 0), m_nodeOwner.assign(cells, 0);
        m_labelled.clear();
        m_stamp = 0;
    }
    if (++m_stamp == 0) {
        std::fill(m_gridStamp.begin(), m_gridStamp.end(), 0);
        std::fill(m_nodeStamp.begin(), m_nodeStamp.end(), 0);
        std::fill(m_labelled.begin(), m_labelled.end(), 0);
        m_stamp = 1;
    }
    const double minRadiusPx = app.canvasStyle().minRadiusPx * scale;
    auto radiusPxOf = [&](size_t i) { return std::max(scene->radius(i) * cam.zoom, minRadiusPx); };
    auto cellRange = [&](float x0, float y0, float x1, float y1, int& c0, int& c1, int& r0,
                         int& r1) {
        c0 = std::max(0, static_cast<int>(std::floor(x0 / cell)));
        c1 = std::min(cols - 1, static_cast<int>(std::floor(x1 / cell)));
        r0 = std::max(0, static_cast<int>(std::floor(y0 / cell)));
        r1 = std::min(rows - 1, static_cast<int>(std::floor(y1 / cell)));
    };

    // Cells under the side panels are taken: a label there could not be read.
    if (visible) {
        const auto [vl, vt, vr, vb] = *visible;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < cols; ++x)
                if ((x + 1) * cell > vr || x * cell < vl || y * cell < vt || (y + 1) * cell > vb)
                    m_gridStamp[static_cast<size_t>(y) * cols + x] = m_stamp;
    }

    // Circles big enough to be covered by text go into the grid first (their inner
    // square), owned by their node so its own label may touch it.
    const auto& pos = scene->positions();
    const double bigEnough = 4.0 * scale;
    for (size_t i = 0; i < scene->nodeCount(); ++i) {
        if (!scene->nodeVisible(i)) continue;
        const double r = radiusPxOf(i);
        if (r < bigEnough) continue;
        const Point s = cam.toScreen(pos[i]);
        if (!std::isfinite(s.x) || !std::isfinite(s.y) || s.x < -r || s.y < -r ||
            s.x > cam.width + r || s.y > cam.height + r)
            continue;
        const float h = static_cast<float>(r * 0.7);
        int c0, c1, r0, r1;
        cellRange(static_cast<float>(s.x) - h, static_cast<float>(s.y) - h,
                  static_cast<float>(s.x) + h, static_cast<float>(s.y) + h, c0, c1, r0, r1);
        for (int y = r0; y <= r1; ++y)
            for (int x = c0; x <= c1; ++x) {
                const size_t k = static_cast<size_t>(y) * cols + x;
                m_nodeStamp[k] = m_stamp, m_nodeOwner[k] = static_cast<uint32_t>(i);
            }
    }

    // A node is labelled once however many reasons it has (selected, on the path, a
    // neighbour, important).
    if (m_labelled.size() != scene->nodeCount()) m_labelled.assign(scene->nodeCount(), 0);
    // Returns false when the node is not a candidate at all (hidden or off screen).
    auto place = [&](size_t i, bool force) -> bool {
        if (!scene->nodeVisible(i)) return false;
        if (m_labelled[i] == m_stamp) return true;
        const Point p = pos[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
        const Point s = cam.toScreen(p);
        if (s.x < -200 * scale || s.y < -50 * scale || s.x > cam.width + 200 * scale ||
            s.y > cam.height + 50 * scale)
            return false;
        const std::string& name = scene->node(i).name;
        const ImVec2 size =
            font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, name.c_str(), name.c_str() + name.size());
        const float r = static_cast<float>(radiusPxOf(i));
        const float x = static_cast<float>(s.x), y = static_cast<float>(s.y);
        const float pad = 2.0f * scale;
        // Under the node first (where the layout leaves it room), then above, right, left.
        const ImVec2 spots[4] = {ImVec2(x - size.x * 0.5f, y + r + pad),
                                 ImVec2(x - size.x * 0.5f, y - r - pad - size.y),
                                 ImVec2(x + r + pad * 1.5f, y - size.y * 0.5f),
                                 ImVec2(x - r - pad * 1.5f - size.x, y - size.y * 0.5f)};
        const uint32_t self = static_cast<uint32_t>(i);
        const float importance = scene->importance(i);
        auto isFree = [&](int c0, int c1, int r0, int r1) {
            for (int yy = r0; yy <= r1; ++yy)
                for (int xx = c0; xx <= c1; ++xx) {
                    const size_t k = static_cast<size_t>(yy) * cols + xx;
                    if (m_gridStamp[k] == m_stamp) return false;
                    // A label may cover a less important node, never a more important
                    // one: a hub's name stays readable in a dense core.
                    if (m_nodeStamp[k] == m_stamp && m_nodeOwner[k] != self &&
                        scene->importance(m_nodeOwner[k]) >= importance)
                        return false;
                }
            return true;
        };
        for (const ImVec2& at : spots) {
            int c0, c1, r0, r1;
            // Cells the text covers (a hair inside its box, so touching labels may share
            // a cell boundary).
            cellRange(at.x + 1.0f, at.y + 1.0f, at.x + size.x - 1.0f, at.y + size.y - 1.0f, c0, c1,
                      r0, r1);
            if (c0 > c1 || r0 > r1) continue;  // off screen there
            if (!force && !isFree(c0, c1, r0, r1)) continue;
            for (int yy = r0; yy <= r1; ++yy)
                for (int xx = c0; xx <= c1; ++xx)
                    m_gridStamp[static_cast<size_t>(yy) * cols + xx] = m_stamp;
            placed.push_back({self, at.x, at.y, scene->dimmed(i)});
            m_labelled[i] = m_stamp;
            return true;
        }
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
        if (placed.size() >= budget || tried >= 3000) break;
        // Radii follow importance, so every later node is smaller still.
        if (radiusPxOf(i) < 3.0 * scale) break;
        if (place(i, false)) ++tried;
    }
    return placed;
}

void CanvasView::drawLabels(App& app) {
    const std::array<double, 4> visible = app.freeCanvasRect();
    m_labels =
        placeLabels(app, app.camera(), ImGui::GetFont(), ImGui::GetFontSize(), 1.0f, &visible);
    drawLabelList(app, *ImGui::GetBackgroundDrawList(), m_labels, ImGui::GetFont(),
                  ImGui::GetFontSize(), 1.0f);
    m_labelsDrawn = m_labels.size();
}

void drawLabelList(App& app, ImDrawList& dl, const std::vector<PlacedLabel>& labels,
                   const ImFont* font, float fontSize, float scale) {
    const bool dark = app.settings().darkTheme;
    const ImU32 textColor = dark ? IM_COL32(235, 235, 235, 255) : IM_COL32(20, 20, 20, 255);
    const ImU32 dimColor = dark ? IM_COL32(235, 235, 235, 90) : IM_COL32(20, 20, 20, 90);
    // Text over a translucent plate of the canvas colour, not over a drop shadow: the
    // plate is two triangles where a shadow is two per glyph, and a software rasteriser
    // pays per triangle (at 10k nodes this halves the labels' cost).
    const float* bg = app.canvasStyle().background;
    const ImU32 plate = IM_COL32(static_cast<int>(bg[0] * 255), static_cast<int>(bg[1] * 255),
                                 static_cast<int>(bg[2] * 255), 150);
    const float pad = 1.0f * scale;
    for (const PlacedLabel& l : labels) {
        const std::string& name = app.scene()->node(l.node).name;
        const char* b = name.c_str();
        const char* e = b + name.size();
        const ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, b, e);
        if (!l.dim)
            dl.AddRectFilled(ImVec2(l.x - pad, l.y), ImVec2(l.x + size.x + pad, l.y + size.y),
                             plate);
        dl.AddText(font, fontSize, ImVec2(l.x, l.y), l.dim ? dimColor : textColor, b, e);
    }
}

}  // namespace entgraph::gui
