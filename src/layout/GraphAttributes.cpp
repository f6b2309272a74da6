#include "layout/GraphAttributes.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/Graphviz.h"
#include "layout/GraphvizStyle.h"

namespace entgraph {

namespace {

constexpr size_t kWrapAt = 16;  // code points: longer names go on two lines
constexpr size_t kEdgeLabelMax = 32;

size_t codePoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Byte offset of the code point with index `cp` (or s.size()).
size_t byteOffset(std::string_view s, size_t cp) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == cp) return i;
            ++n;
        }
    }
    return s.size();
}

// Lets Graphviz size every node (shape-aware, label measured with the real font): a
// "nop2" layout with all nodes at the origin does no placement work, only node sizing.
void fitNodesToLabels(const EntityGraph& graph, GraphAttributes& attributes) {
    if (attributes.size() == 0) return;
    auto lock = gv::graphvizLock();
    gv::GvStyleOptions options;
    options.edges = false;
    options.pinAll = true;
    gv::GvEntityGraph g = gv::toGraphviz(graph, attributes, options);
    g.graph.layout("nop2");
    for (size_t i = 0; i < attributes.size(); ++i) {
        attributes.width[i] = gv::nodeWidthPoints(g.nodes[i]);
        attributes.height[i] = gv::nodeHeightPoints(g.nodes[i]);
    }
}

}  // namespace

std::string wrapLabel(std::string_view name) {
    const std::string text = gv::validUtf8(name);
    const size_t length = codePoints(text);
    if (length <= kWrapAt) return text;
    // The space nearest the middle, so both lines are about as long.
    const size_t middle = byteOffset(text, length / 2);
    size_t best = std::string::npos;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ' ') continue;
        const size_t distance = i > middle ? i - middle : middle - i;
        if (best == std::string::npos || distance < (best > middle ? best - middle : middle - best))
            best = i;
    }
    if (best == std::string::npos || best == 0 || best + 1 >= text.size()) return text;
    return text.substr(0, best) + "\n" + text.substr(best + 1);
}

double edgePenWidth(double weight) {
    if (!(weight > 0)) return 1.0;
    return std::clamp(1.0 + 1.5 * std::log2(weight), 1.0, 8.0);
}

std::string edgeLabel(const RelationProps& relation) {
    std::string label = gv::validUtf8(relation.strongestLabel());
    if (codePoints(label) > kEdgeLabelMax) {
        label.resize(byteOffset(label, kEdgeLabelMax - 1));
        label += "\xE2\x80\xA6";  // ellipsis
    }
    return label;
}

GraphAttributes GraphAttributes::styled(const EntityGraph& graph) {
    GraphAttributes a;
    const size_t n = graph.nodeCount();
    a.position.assign(n, Point{});
    a.width.assign(n, 0.0);
    a.height.assign(n, 0.0);
    a.label.resize(n);
    a.fill.resize(n);
    a.pinned.assign(n, false);

    const BoostGraph& bg = graph.graph();
    size_t maxMentions = 1;
    for (size_t i = 0; i < n; ++i)
        maxMentions = std::max(maxMentions, bg[static_cast<Vertex>(i)].mentionCount());
    for (size_t i = 0; i < n; ++i) {
        const EntityProps& props = bg[static_cast<Vertex>(i)];
        // sqrt: area, not width, grows with mentions, so hubs do not dwarf everything.
        const double importance =
            std::sqrt(static_cast<double>(props.mentionCount()) / static_cast<double>(maxMentions));
        a.width[i] = 54.0 + 54.0 * importance;
        a.height[i] = 36.0 + 18.0 * importance;
        a.label[i] = wrapLabel(props.name);
        a.fill[i] = entityColor(props.type);
    }
    fitNodesToLabels(graph, a);
    a.updateBounds();
    return a;
}

void GraphAttributes::updateBounds() {
    if (position.empty()) {
        minX = minY = maxX = maxY = 0;
        return;
    }
    minX = minY = std::numeric_limits<double>::infinity();
    maxX = maxY = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < position.size(); ++i) {
        const double hw = i < width.size() ? width[i] / 2 : 0;
        const double hh = i < height.size() ? height[i] / 2 : 0;
        minX = std::min(minX, position[i].x - hw);
        maxX = std::max(maxX, position[i].x + hw);
        minY = std::min(minY, position[i].y - hh);
        maxY = std::max(maxY, position[i].y + hh);
    }
}

}  // namespace entgraph
