#pragma once
// The graph canvas: nodes and edges drawn with our own shaders (shaders/node.*,
// shaders/edge.*) as instanced quads.  Owns its GL objects; construct and destroy it
// with the window's context current.  Labels, tooltips and overlays are drawn by
// CanvasView through ImGui on top of this.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gui/GlObjects.h"
#include "gui/Scene.h"

namespace entgraph::gui {

// World (points, y up) <-> screen (logical pixels, y down, origin at the canvas' top-left).
struct Camera {
    double cx = 0.0, cy = 0.0;  // world point at the centre of the view
    double zoom = 1.0;          // pixels per world unit
    float width = 1.0f, height = 1.0f;

    Point toScreen(Point w) const {
        return {(w.x - cx) * zoom + width * 0.5, height * 0.5 - (w.y - cy) * zoom};
    }
    Point toWorld(double sx, double sy) const {
        return {(sx - width * 0.5) / zoom + cx, (height * 0.5 - sy) / zoom + cy};
    }
    // Zooms by `factor` keeping the world point under (sx, sy) fixed.
    void zoomAt(double sx, double sy, double factor);
    // Frames the box with a margin inside the screen rectangle [left,right]x[top,bottom]
    // (the part of the window no panel covers; default: all of it).  Keeps the zoom sane.
    void fit(double minX, double minY, double maxX, double maxY, double left = 0, double top = 0,
             double right = -1, double bottom = -1);
};

// The zoom at which about `target` visible nodes fall inside a view of width x height
// centred on `centre` (bisection: the count only falls as the zoom grows).  The
// benchmark's labelled camera; 1e-4 when even that shows fewer nodes.
double zoomShowingNodes(const Scene& scene, Point centre, float width, float height, size_t target);
// Mean position of the visible nodes (0,0 when none).
Point visibleCentroid(const Scene& scene);

struct CanvasStyle {
    float background[4] = {0.11f, 0.12f, 0.14f, 1.0f};
    float edge[4] = {0.70f, 0.72f, 0.78f, 0.55f};
    float cooccurrence[4] = {0.55f, 0.57f, 0.62f, 0.28f};
    float highlight[4] = {1.0f, 0.85f, 0.2f, 1.0f};  // selection ring, path edges
    float hover[4] = {1.0f, 1.0f, 1.0f, 1.0f};
    bool showCooccurrence = true;
    float minRadiusPx = 1.5f;
    // Level of detail: at most this many edges are drawn, the heaviest first (the
    // selection's and the path's always); 0 draws all.  Zoomed far out (edges drawn as
    // hair lines) Canvas lowers it further, to no fewer than 3000.
    size_t edgeBudget = 60000;
};

class Canvas {
public:
    Canvas();  // compiles the shaders; throws Error with the shader's name and line
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    // Draws into the currently bound framebuffer of fbWidth x fbHeight pixels.
    void render(const Scene& scene, const Camera& camera, int fbWidth, int fbHeight,
                const CanvasStyle& style, std::optional<size_t> hovered);

    // Renders the same view at another resolution offscreen; returns RGBA rows, top first.
    // `overlay` (may be empty) draws over the canvas into the same target before it is
    // read, given the image's camera and its scale against the screen (the labels).
    std::vector<uint8_t> renderImage(
        const Scene& scene, const Camera& camera, int width, int height, const CanvasStyle& style,
        const std::function<void(const Camera& imageCamera, float scale)>& overlay = {});

    size_t drawnNodes() const { return m_drawnNodes; }
    size_t drawnEdges() const { return m_drawnEdges; }
    // Edges on screen that the edge budget left out in the last frame.
    size_t skippedEdges() const { return m_skippedEdges; }
    // Dots on screen left out last frame because another dot covered their cell.
    size_t decimatedNodes() const { return m_decimatedNodes; }

private:
    struct NodeInstance {
        float x, y, radius;
        uint8_t rgba[4];
        float state, shape, dim;
    };
    struct EdgeInstance {
        float ax, ay, bx, by;
        uint8_t rgba[4];
        float width, dashed, arrow, targetRadius;
    };
    void buildInstances(const Scene& scene, const Camera& camera, const CanvasStyle& style,
                        std::optional<size_t> hovered);
    void setCommonUniforms(GLuint program, const Camera& camera, const CanvasStyle& style);

    GlProgram m_nodeProgram, m_edgeProgram;
    // Instanced draws cost llvmpipe a trip through its vertex pipeline per instance, so
    // the many small primitives are drawn without instancing: nodes as point sprites
    // (m_pointVao reads m_nodeBuffer one vertex per node) and thin edges as plain lines
    // (m_lineVao reads m_lineBuffer, two copies of each edge).
    GlVertexArray m_nodeVao, m_edgeVao, m_pointVao, m_lineVao;
    GlBuffer m_nodeBuffer, m_edgeBuffer, m_lineBuffer;
    std::vector<NodeInstance> m_nodes;
    std::vector<EdgeInstance> m_edges;
    std::vector<EdgeInstance> m_lines;  // the thin edges, each twice (one per end)
    float m_maxNodeExtentPx = 0.0f;     // largest node quad half-size in the last build
    float m_maxPointSize = 1.0f;        // the driver's point size limit
    size_t m_arrowCount = 0;
    size_t m_thinCount = 0;  // leading edges drawn as 1-pixel lines
    size_t m_drawnNodes = 0, m_drawnEdges = 0, m_skippedEdges = 0;
    std::vector<float> m_weightScratch;
    std::vector<uint32_t> m_dotGrid;  // dot level of detail: 2-pixel cells, stamped per build
    uint32_t m_dotStamp = 0;
    size_t m_decimatedNodes = 0;
};

// Writes RGBA pixels (top row first) as a PNG; throws Error when it cannot.
void writePng(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba);
// Reads the default framebuffer (after rendering, before swap) as RGBA rows, top first.
std::vector<uint8_t> readFramebuffer(int width, int height);

}  // namespace entgraph::gui
