#include "gui/Canvas.h"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>

#include "core/Error.h"

namespace entgraph::gui {

// ------------------------------------------------------------------ camera

void Camera::zoomAt(double sx, double sy, double factor) {
    const Point before = toWorld(sx, sy);
    zoom = std::clamp(zoom * factor, 1e-4, 200.0);
    const Point after = toWorld(sx, sy);
    cx += before.x - after.x;
    cy += before.y - after.y;
}

void Camera::fit(double minX, double minY, double maxX, double maxY, double left, double top,
                 double right, double bottom) {
    if (!(maxX >= minX) || !(maxY >= minY)) return;
    if (right <= left) left = 0, right = width;
    if (bottom <= top) top = 0, bottom = height;
    const double w = std::max(maxX - minX, 1.0), h = std::max(maxY - minY, 1.0);
    const double rw = std::max(right - left - 40.0, 40.0), rh = std::max(bottom - top - 40.0, 40.0);
    zoom = std::clamp(std::min(rw / (w * 1.05), rh / (h * 1.05)), 1e-4, 8.0);
    // The box centre goes to the region's centre.
    cx = (minX + maxX) * 0.5 - ((left + right) * 0.5 - width * 0.5) / zoom;
    cy = (minY + maxY) * 0.5 + ((top + bottom) * 0.5 - height * 0.5) / zoom;
}

double zoomShowingNodes(const Scene& scene, Point centre, float width, float height,
                        size_t target) {
    const auto& pos = scene.positions();
    auto onScreen = [&](double zoom) {
        const double hw = width * 0.5 / zoom, hh = height * 0.5 / zoom;
        size_t count = 0;
        for (size_t i = 0; i < scene.nodeCount(); ++i)
            if (scene.nodeVisible(i) && std::abs(pos[i].x - centre.x) <= hw &&
                std::abs(pos[i].y - centre.y) <= hh)
                ++count;
        return count;
    };
    // Bisection in log space between the camera's zoom limits.
    double lo = std::log(1e-4), hi = std::log(200.0);
    if (onScreen(std::exp(lo)) <= target) return std::exp(lo);
    for (int k = 0; k < 40; ++k) {
        const double mid = (lo + hi) * 0.5;
        (onScreen(std::exp(mid)) > target ? lo : hi) = mid;
    }
    return std::exp(hi);
}

Point visibleCentroid(const Scene& scene) {
    double x = 0, y = 0;
    size_t n = 0;
    for (size_t i = 0; i < scene.nodeCount(); ++i) {
        const Point p = scene.positions()[i];
        if (!scene.nodeVisible(i) || !std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        x += p.x, y += p.y, ++n;
    }
    return n ? Point{x / n, y / n} : Point{0, 0};
}

// ------------------------------------------------------------------ canvas

Canvas::Canvas() {
    m_nodeProgram = buildProgram("shaders/node.vert", "shaders/node.frag");
    m_edgeProgram = buildProgram("shaders/edge.vert", "shaders/edge.frag");
    m_nodeVao = makeVertexArray();
    m_edgeVao = makeVertexArray();
    m_nodeBuffer = makeBuffer();
    m_edgeBuffer = makeBuffer();

    m_pointVao = makeVertexArray();
    m_lineVao = makeVertexArray();
    m_lineBuffer = makeBuffer();

    const GLsizei ns = sizeof(NodeInstance);
    // The same node layout twice: per instance (quads) and per vertex (point sprites).
    for (GLuint vao : {m_nodeVao.id(), m_pointVao.id()}) {
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, m_nodeBuffer.id());
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, ns, (void*)offsetof(NodeInstance, x));
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, ns, (void*)offsetof(NodeInstance, radius));
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, ns,
                              (void*)offsetof(NodeInstance, rgba));
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 2, GL_FLOAT, GL_FALSE, ns, (void*)offsetof(NodeInstance, state));
        glEnableVertexAttribArray(4);
        glVertexAttribPointer(4, 1, GL_FLOAT, GL_FALSE, ns, (void*)offsetof(NodeInstance, dim));
        const GLuint divisor = vao == m_nodeVao.id() ? 1 : 0;
        for (GLuint a = 0; a < 5; ++a) glVertexAttribDivisor(a, divisor);
    }

    glBindVertexArray(m_edgeVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_edgeBuffer.id());
    for (GLuint a = 0; a < 4; ++a) {
        glEnableVertexAttribArray(a);
        glVertexAttribDivisor(a, 1);
    }
    glBindVertexArray(m_lineVao.id());
    for (GLuint a = 0; a < 4; ++a) glEnableVertexAttribArray(a);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);

    GLfloat range[2] = {1.0f, 1.0f};
    glGetFloatv(GL_POINT_SIZE_RANGE, range);
    m_maxPointSize = std::max(1.0f, range[1]);
}

Canvas::~Canvas() = default;

namespace {

void toBytes(const float c[4], uint8_t out[4]) {
    for (int k = 0; k < 4; ++k)
        out[k] = static_cast<uint8_t>(std::clamp(c[k], 0.0f, 1.0f) * 255.0f + 0.5f);
}

void edgeAttribPointers(size_t baseInstance) {
    struct E {
        float ax, ay, bx, by;
        uint8_t rgba[4];
        float width, dashed, arrow, targetRadius;
    };
    const GLsizei es = sizeof(E);
    const char* base = reinterpret_cast<const char*>(baseInstance * sizeof(E));
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, es, base + offsetof(E, ax));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, es, base + offsetof(E, bx));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, es, base + offsetof(E, rgba));
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, es, base + offsetof(E, width));
}

}  // namespace

void Canvas::buildInstances(const Scene& scene, const Camera& camera, const CanvasStyle& style,
                            std::optional<size_t> hovered) {
    const auto& pos = scene.positions();
    const size_t n = scene.nodeCount();
    // Visible world rectangle with a margin, for culling.
    const double margin = 40.0 / camera.zoom;
    const Point tl = camera.toWorld(0, 0), br = camera.toWorld(camera.width, camera.height);
    const double minX = tl.x - margin, maxX = br.x + margin, minY = br.y - margin,
                 maxY = tl.y + margin;
    auto onScreen = [&](Point p, double r) {
        return p.x + r >= minX && p.x - r <= maxX && p.y + r >= minY && p.y - r <= maxY;
    };

    // Nodes: dimmed first, normal next, highlighted last so they are drawn on top.
    m_nodes.clear();
    std::vector<NodeInstance> top;
    const bool hasFocus = !scene.selection().empty() || !scene.path().empty();
    // Level of detail for dots: a node drawn at the minimum size (a few pixels) is left
    // out when another such dot already covers its 2-pixel cell.  Zoomed far out over a
    // big graph most dots sit on top of each other, and each costs a software
    // rasteriser a primitive; bigger nodes and the focus are always drawn.
    constexpr float kDotCell = 2.0f;
    const double dotRadius = 2.5;
    const int dotCols = static_cast<int>(camera.width / kDotCell) + 1;
    const int dotRows = static_cast<int>(camera.height / kDotCell) + 1;
    const size_t dotCells = static_cast<size_t>(dotCols) * dotRows;
    if (m_dotGrid.size() != dotCells) m_dotGrid.assign(dotCells, 0), m_dotStamp = 0;
    if (++m_dotStamp == 0) std::fill(m_dotGrid.begin(), m_dotGrid.end(), 0), m_dotStamp = 1;
    m_decimatedNodes = 0;
    for (size_t pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < n; ++i) {
            if (!scene.nodeVisible(i)) continue;
            const Point p = pos[i];
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
            const bool dim = scene.dimmed(i);
            if ((pass == 0) != dim) continue;
            if (!onScreen(p, scene.radius(i))) continue;
            if (scene.radius(i) * camera.zoom <= dotRadius && !scene.selected(i) &&
                !scene.onPath(i) && !(hovered && *hovered == i)) {
                const Point sp = camera.toScreen(p);
                const int cx = static_cast<int>(sp.x / kDotCell),
                          cy = static_cast<int>(sp.y / kDotCell);
                if (cx >= 0 && cy >= 0 && cx < dotCols && cy < dotRows) {
                    uint32_t& cell = m_dotGrid[static_cast<size_t>(cy) * dotCols + cx];
                    if (cell == m_dotStamp) {
                        ++m_decimatedNodes;
                        continue;
                    }
                    cell = m_dotStamp;
                }
            }
            NodeInstance inst;
            inst.x = static_cast<float>(p.x);
            inst.y = static_cast<float>(p.y);
            inst.radius = scene.radius(i);
            const Rgb c = scene.color(i);
            inst.rgba[0] = c.r, inst.rgba[1] = c.g, inst.rgba[2] = c.b, inst.rgba[3] = 255;
            const bool sel = scene.selected(i) || scene.onPath(i);
            inst.state = sel ? 2.0f : (hovered && *hovered == i ? 1.0f : 0.0f);
            inst.shape = static_cast<float>(scene.shape(i));
            inst.dim = dim ? 1.0f : 0.0f;
            if (inst.state > 0.5f)
                top.push_back(inst);
            else
                m_nodes.push_back(inst);
        }
    }
    m_nodes.insert(m_nodes.end(), top.begin(), top.end());
    m_drawnNodes = m_nodes.size();
    float maxRadius = 0.0f;
    for (const NodeInstance& inst : m_nodes) maxRadius = std::max(maxRadius, inst.radius);
    // Mirrors node.vert's extent.
    m_maxNodeExtentPx =
        std::max(maxRadius * static_cast<float>(camera.zoom), style.minRadiusPx) + 1.0f;

    // Edges: faint/dimmed first, highlighted last; arrowheads appended after the bodies.
    m_edges.clear();
    std::vector<EdgeInstance> front, thick, arrows;
    const auto& edges = scene.edges();
    auto onScreenEdge = [&](size_t e) {
        if (!scene.edgeVisible(e)) return false;
        const auto& se = edges[e];
        if (se.cooccurrenceOnly && !style.showCooccurrence) return false;
        const Point a = pos[se.a], b = pos[se.b];
        if (!std::isfinite(a.x) || !std::isfinite(b.x) || !std::isfinite(a.y) ||
            !std::isfinite(b.y))
            return false;
        return !((a.x < minX && b.x < minX) || (a.x > maxX && b.x > maxX) ||
                 (a.y < minY && b.y < minY) || (a.y > maxY && b.y > maxY));
    };
    // Level of detail: over budget, only edges at least as heavy as the budget-th heaviest.
    const float widthScale = static_cast<float>(std::clamp(camera.zoom / 0.5, 0.2, 1.0));
    float minWeight = -1.0f;
    m_skippedEdges = 0;
    // Zoomed far out the budget shrinks with the square of the width scale (edges are
    // hair-thin and overlap there, and each one costs a software rasteriser a primitive
    // set-up however few pixels it covers), never below kMinZoomedOutBudget.
    constexpr size_t kMinZoomedOutBudget = 3000;
    size_t budget = style.edgeBudget;
    if (budget > kMinZoomedOutBudget && widthScale < 1.0f)
        budget = std::max(kMinZoomedOutBudget, static_cast<size_t>(static_cast<float>(budget) *
                                                                   widthScale * widthScale));
    if (budget > 0 && scene.visibleEdgeCount() > budget) {
        m_weightScratch.clear();
        for (size_t e = 0; e < edges.size(); ++e)
            if (onScreenEdge(e)) m_weightScratch.push_back(scene.shownWeight(e));
        if (m_weightScratch.size() > budget) {
            auto nth = m_weightScratch.end() - static_cast<long>(budget);
            std::nth_element(m_weightScratch.begin(), nth, m_weightScratch.end());
            minWeight = *nth;
        }
    }
    for (size_t e = 0; e < edges.size(); ++e) {
        if (!onScreenEdge(e)) continue;
        const auto& se = edges[e];
        const float weight = scene.shownWeight(e);  // counted over the shown articles
        const Point a = pos[se.a], b = pos[se.b];
        EdgeInstance inst;
        inst.ax = static_cast<float>(a.x), inst.ay = static_cast<float>(a.y);
        inst.bx = static_cast<float>(b.x), inst.by = static_cast<float>(b.y);
        const bool onPath = scene.edgeOnPath(e);
        const bool focus = hasFocus && (scene.selected(se.a) || scene.selected(se.b) || onPath);
        const bool dim = hasFocus && !focus;
        const bool sel = scene.selectedEdge() && *scene.selectedEdge() == e;
        // Ties at the threshold weight: keep a typed relation over a co-occurrence.
        if (!focus && !sel &&
            (weight < minWeight || (weight == minWeight && se.cooccurrenceOnly))) {
            ++m_skippedEdges;
            continue;
        }
        float c[4];
        const float* src = se.cooccurrenceOnly ? style.cooccurrence : style.edge;
        std::copy(src, src + 4, c);
        if (onPath || sel)
            std::copy(style.highlight, style.highlight + 4, c);
        else if (focus)
            c[3] = std::min(1.0f, c[3] * 1.8f);
        else if (dim)
            c[3] *= 0.3f;
        toBytes(c, inst.rgba);
        // Heavier is wider; zoomed far out (nodes a few pixels) widths shrink towards
        // 1-pixel lines, which keeps a hairball readable and cheap to rasterise.
        inst.width =
            std::clamp(1.0f + std::log(std::max(weight, 1.0f)) * 1.2f * widthScale, 1.0f, 6.0f);
        if (onPath || sel) inst.width += 2.0f;
        inst.dashed = se.cooccurrenceOnly ? 1.0f : 0.0f;
        inst.arrow = se.directed ? 1.0f : 0.0f;
        inst.targetRadius = scene.radius(se.b);
        // Arrowheads only where the target is big enough on screen to point at.
        if (se.directed && scene.radius(se.b) * camera.zoom >= 2.5) arrows.push_back(inst);
        if (focus || sel)
            front.push_back(inst);
        else if (inst.width <= 1.5f)
            m_edges.push_back(inst);  // thin: a line
        else
            thick.push_back(inst);
    }
    // Order: thin lines, then thick quads, then the focus on top, then arrowheads.
    m_thinCount = m_edges.size();
    m_lines.clear();
    m_lines.reserve(m_thinCount * 2);
    for (const EdgeInstance& inst : m_edges) m_lines.insert(m_lines.end(), 2, inst);
    m_edges.insert(m_edges.end(), thick.begin(), thick.end());
    m_edges.insert(m_edges.end(), front.begin(), front.end());
    m_drawnEdges = m_edges.size();
    m_arrowCount = arrows.size();
    m_edges.insert(m_edges.end(), arrows.begin(), arrows.end());
}

void Canvas::setCommonUniforms(GLuint program, const Camera& camera, const CanvasStyle& style) {
    const float sx = static_cast<float>(2.0 * camera.zoom / camera.width);
    const float sy = static_cast<float>(2.0 * camera.zoom / camera.height);
    glUniform2f(glGetUniformLocation(program, "uScale"), sx, sy);
    glUniform2f(glGetUniformLocation(program, "uOffset"), static_cast<float>(-camera.cx * sx),
                static_cast<float>(-camera.cy * sy));
    glUniform2f(glGetUniformLocation(program, "uViewport"), camera.width, camera.height);
    glUniform1f(glGetUniformLocation(program, "uZoom"), static_cast<float>(camera.zoom));
    glUniform1f(glGetUniformLocation(program, "uMinRadiusPx"), style.minRadiusPx);
}

void Canvas::render(const Scene& scene, const Camera& camera, int fbWidth, int fbHeight,
                    const CanvasStyle& style, std::optional<size_t> hovered) {
    glViewport(0, 0, fbWidth, fbHeight);
    glClearColor(style.background[0], style.background[1], style.background[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    buildInstances(scene, camera, style, hovered);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);

    if (!m_edges.empty()) {
        glUseProgram(m_edgeProgram.id());
        setCommonUniforms(m_edgeProgram.id(), camera, style);
        glBindVertexArray(m_edgeVao.id());
        glBindBuffer(GL_ARRAY_BUFFER, m_edgeBuffer.id());
        glBufferData(GL_ARRAY_BUFFER, m_edges.size() * sizeof(EdgeInstance), m_edges.data(),
                     GL_STREAM_DRAW);
        const GLint mode = glGetUniformLocation(m_edgeProgram.id(), "uMode");
        edgeAttribPointers(0);
        if (m_thinCount) {
            glBindVertexArray(m_lineVao.id());
            glBindBuffer(GL_ARRAY_BUFFER, m_lineBuffer.id());
            glBufferData(GL_ARRAY_BUFFER, m_lines.size() * sizeof(EdgeInstance), m_lines.data(),
                         GL_STREAM_DRAW);
            edgeAttribPointers(0);
            glUniform1i(mode, 2);
            glDrawArrays(GL_LINES, 0, static_cast<GLsizei>(m_lines.size()));
            glBindVertexArray(m_edgeVao.id());
            glBindBuffer(GL_ARRAY_BUFFER, m_edgeBuffer.id());
        }
        if (m_drawnEdges > m_thinCount) {
            edgeAttribPointers(m_thinCount);
            glUniform1i(mode, 0);
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4,
                                  static_cast<GLsizei>(m_drawnEdges - m_thinCount));
        }
        if (m_arrowCount) {
            edgeAttribPointers(m_drawnEdges);
            glUniform1i(mode, 1);
            glDrawArraysInstanced(GL_TRIANGLES, 0, 3, static_cast<GLsizei>(m_arrowCount));
        }
    }
    if (!m_nodes.empty()) {
        glUseProgram(m_nodeProgram.id());
        setCommonUniforms(m_nodeProgram.id(), camera, style);
        glUniform4fv(glGetUniformLocation(m_nodeProgram.id(), "uBackground"), 1, style.background);
        glUniform4fv(glGetUniformLocation(m_nodeProgram.id(), "uHoverColor"), 1, style.hover);
        glUniform4fv(glGetUniformLocation(m_nodeProgram.id(), "uSelectColor"), 1, style.highlight);
        // Point sprites while every node is small; quads otherwise.  GL drops a point
        // whose centre leaves the view, which only small nodes can afford at the edges.
        constexpr float kMaxPointNodePx = 16.0f;
        const bool points = 2.0f * m_maxNodeExtentPx <= std::min(m_maxPointSize, kMaxPointNodePx);
        glUniform1i(glGetUniformLocation(m_nodeProgram.id(), "uPoints"), points ? 1 : 0);
        glBindVertexArray(points ? m_pointVao.id() : m_nodeVao.id());
        glBindBuffer(GL_ARRAY_BUFFER, m_nodeBuffer.id());
        glBufferData(GL_ARRAY_BUFFER, m_nodes.size() * sizeof(NodeInstance), m_nodes.data(),
                     GL_STREAM_DRAW);
        if (points) {
            glEnable(GL_PROGRAM_POINT_SIZE);
            glDrawArrays(GL_POINTS, 0, static_cast<GLsizei>(m_nodes.size()));
            glDisable(GL_PROGRAM_POINT_SIZE);
        } else {
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(m_nodes.size()));
        }
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glUseProgram(0);
}

std::vector<uint8_t> Canvas::renderImage(
    const Scene& scene, const Camera& camera, int width, int height, const CanvasStyle& style,
    const std::function<void(const Camera& imageCamera, float scale)>& overlay) {
    OffscreenTarget target(width, height);
    target.bind();
    // Same world centre; scale so the view's shorter side maps to the image's.
    Camera cam = camera;
    cam.width = static_cast<float>(width);
    cam.height = static_cast<float>(height);
    cam.zoom = camera.zoom * std::min(width / static_cast<double>(camera.width),
                                      height / static_cast<double>(camera.height));
    CanvasStyle s = style;
    s.minRadiusPx = style.minRadiusPx * static_cast<float>(cam.zoom / camera.zoom);
    render(scene, cam, width, height, s, std::nullopt);
    if (overlay) overlay(cam, static_cast<float>(cam.zoom / camera.zoom));
    target.bind();  // the overlay may have bound another framebuffer
    std::vector<uint8_t> pixels = readFramebuffer(width, height);
    OffscreenTarget::unbind();
    return pixels;
}

std::vector<uint8_t> readFramebuffer(int width, int height) {
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's first row is the bottom one.
    const size_t row = static_cast<size_t>(width) * 4;
    std::vector<uint8_t> tmp(row);
    for (int y = 0; y < height / 2; ++y) {
        uint8_t* a = pixels.data() + y * row;
        uint8_t* b = pixels.data() + (height - 1 - y) * row;
        std::copy(a, a + row, tmp.data());
        std::copy(b, b + row, a);
        std::copy(tmp.data(), tmp.data() + row, b);
    }
    for (size_t k = 3; k < pixels.size(); k += 4) pixels[k] = 255;  // opaque image
    return pixels;
}

void writePng(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba) {
    if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4))
        throw Error("cannot write the image '" + path + "'");
}

}  // namespace entgraph::gui
