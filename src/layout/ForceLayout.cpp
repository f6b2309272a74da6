#include "layout/ForceLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "core/Error.h"
#include "layout/BoxSweep.h"

namespace entgraph {

// ------------------------------------------------------------------ Barnes-Hut quadtree
namespace {

// A flat quadtree: cells in one vector, children by index (-1 = none).  A leaf holds one
// body, or several when they coincide (depth cap), aggregated into its mass.  Bodies
// carry masses (degree-scaled repulsion); `count` tells a one-body leaf from a stack.
class QuadTree {
public:
    struct Cell {
        double cx = 0, cy = 0;  // centre of mass
        double mass = 0;
        double x0 = 0, y0 = 0, size = 0;  // square region
        int child[4] = {-1, -1, -1, -1};
        int body = -1;  // leaf body, -1 for internal or empty
        int count = 0;  // bodies below
        bool leaf = true;
    };

    void build(const std::vector<Point>& pos, const std::vector<double>& mass) {
        m_cells.clear();
        m_pos = &pos;
        m_mass = &mass;
        if (pos.empty()) return;
        double minX = pos[0].x, maxX = pos[0].x, minY = pos[0].y, maxY = pos[0].y;
        for (const auto& p : pos) {
            minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
        }
        const double size = std::max({maxX - minX, maxY - minY, 1.0}) * 1.0001;
        m_cells.reserve(pos.size() * 2);
        Cell root;
        root.x0 = minX, root.y0 = minY, root.size = size;
        m_cells.push_back(root);
        for (size_t i = 0; i < pos.size(); ++i) insert(static_cast<int>(i));
    }

    // Adds the repulsive force k2*m_i*m/d from every body (or far cell) on body i to (fx, fy).
    void repulse(size_t i, double k2, double theta2, double& fx, double& fy) const {
        if (m_cells.empty()) return;
        const Point p = (*m_pos)[i];
        const double mi = (*m_mass)[i];
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell& c = m_cells[stack[--top]];
            if (c.count == 0) continue;
            double dx = p.x - c.cx, dy = p.y - c.cy;
            double d2 = dx * dx + dy * dy;
            if (c.leaf) {
                if (c.body == static_cast<int>(i) && c.count <= 1) continue;
                double mass = c.mass;
                if (c.body == static_cast<int>(i)) mass -= mi;  // coincident bodies
                if (d2 < 1e-6) {
                    // Coincident: push apart in a direction that depends on the index.
                    const double a = static_cast<double>(i) * 2.399963;
                    dx = std::cos(a) * 0.01, dy = std::sin(a) * 0.01, d2 = 1e-4;
                }
                const double f = k2 * mi * mass / d2;
                fx += dx * f, fy += dy * f;
                continue;
            }
            if (c.size * c.size < theta2 * d2) {
                const double f = k2 * mi * c.mass / std::max(d2, 1e-6);
                fx += dx * f, fy += dy * f;
                continue;
            }
            for (int k : c.child)
                if (k >= 0 && top < 255) stack[top++] = k;
        }
    }

private:
    void addTo(Cell& c, Point p, double m) {
        c.cx = (c.cx * c.mass + p.x * m) / (c.mass + m);
        c.cy = (c.cy * c.mass + p.y * m) / (c.mass + m);
        c.mass += m;
        ++c.count;
    }

    void insert(int body) {
        const Point p = (*m_pos)[body];
        const double m = (*m_mass)[body];
        int idx = 0;
        for (int depth = 0;; ++depth) {
            Cell& c = m_cells[idx];
            addTo(c, p, m);
            if (c.leaf) {
                if (c.count == 1) {
                    c.body = body;
                    return;
                }
                if (depth >= 40) return;  // coincident bodies aggregate here
                // Split: push the resident body down one level.
                const int resident = c.body;
                c.leaf = false;
                c.body = -1;
                if (resident >= 0) {
                    const int q = quadrant(idx, (*m_pos)[resident]);
                    const int child = makeChild(idx, q);
                    Cell& rc = m_cells[child];
                    rc.cx = (*m_pos)[resident].x, rc.cy = (*m_pos)[resident].y;
                    rc.mass = (*m_mass)[resident];
                    rc.count = m_cells[idx].count - 1;
                    rc.body = resident;
                }
            }
            const int q = quadrant(idx, p);
            int child = m_cells[idx].child[q];
            if (child < 0) {
                child = makeChild(idx, q);
                Cell& nc = m_cells[child];
                nc.cx = p.x, nc.cy = p.y, nc.mass = m, nc.count = 1, nc.body = body;
                return;
            }
            idx = child;
        }
    }

    int quadrant(int idx, Point p) const {
        const Cell& c = m_cells[idx];
        const double h = c.size * 0.5;
        return (p.x >= c.x0 + h ? 1 : 0) + (p.y >= c.y0 + h ? 2 : 0);
    }

    int makeChild(int idx, int q) {
        Cell child;
        const Cell& c = m_cells[idx];
        child.size = c.size * 0.5;
        child.x0 = c.x0 + ((q & 1) ? child.size : 0.0);
        child.y0 = c.y0 + ((q & 2) ? child.size : 0.0);
        m_cells.push_back(child);
        const int ci = static_cast<int>(m_cells.size() - 1);
        m_cells[idx].child[q] = ci;
        return ci;
    }

    std::vector<Cell> m_cells;
    const std::vector<Point>* m_pos = nullptr;
    const std::vector<double>* m_mass = nullptr;
};

}  // namespace

// ------------------------------------------------------------------ simulation

std::vector<ForceEdge> forceEdgesOf(const EntityGraph& graph) {
    std::vector<ForceEdge> edges;
    const auto& g = graph.graph();
    edges.reserve(boost::num_edges(g));
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto a = static_cast<uint32_t>(boost::source(*it, g));
        const auto b = static_cast<uint32_t>(boost::target(*it, g));
        if (a == b) continue;
        const double w = std::max(g[*it].weight, 1.0);
        edges.push_back({a, b, static_cast<float>(1.0 + std::log(w))});
    }
    return edges;
}

ForceSimulation::ForceSimulation(size_t n, std::vector<ForceEdge> edges, std::vector<Point> initial,
                                 ForceParams params, unsigned seed)
    : m_params(params), m_pos(std::move(initial)), m_force(n), m_pinned(n, 0) {
    const double k = m_params.springLength;
    const double radius = k * std::sqrt(static_cast<double>(std::max<size_t>(n, 1))) * 0.6;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const size_t given = std::min(m_pos.size(), n);
    m_pos.resize(n);
    for (size_t i = 0; i < n; ++i) {
        if (i < given && std::isfinite(m_pos[i].x) && std::isfinite(m_pos[i].y)) continue;
        const double r = radius * std::sqrt(u(rng)), a = u(rng) * 6.283185307;
        m_pos[i] = {r * std::cos(a), r * std::sin(a)};
    }
    for (const auto& e : edges)
        if (e.a < n && e.b < n && e.a != e.b) m_edges.push_back(e);
    // Repulsion masses: (1 + degree)^p, normalised to a mean of 1 so the graph's overall
    // scale stays that of springLength whatever p is.
    m_mass.assign(n, 1.0);
    if (m_params.degreeRepulsion > 0 && n > 0) {
        std::vector<double> degree(n, 0.0);
        for (const auto& e : m_edges) degree[e.a] += 1.0, degree[e.b] += 1.0;
        double sum = 0.0;
        for (size_t i = 0; i < n; ++i)
            sum += m_mass[i] = std::pow(1.0 + degree[i], m_params.degreeRepulsion);
        for (double& m : m_mass) m *= static_cast<double>(n) / sum;
    }
    m_temperature = radius * 0.2 + k;
    m_minTemperature = k * 0.02;
}

void ForceSimulation::computeRepulsion() {
    QuadTree tree;
    tree.build(m_pos, m_mass);
    const double k2 = m_params.springLength * m_params.springLength;
    const double theta2 = m_params.theta * m_params.theta;
    for (size_t i = 0; i < m_pos.size(); ++i) {
        double fx = 0, fy = 0;
        tree.repulse(i, k2, theta2, fx, fy);
        m_force[i] = {fx, fy};
    }
}

double ForceSimulation::step() {
    const size_t n = m_pos.size();
    if (n == 0) return 0.0;
    computeRepulsion();
    const double k = m_params.springLength;
    for (const auto& e : m_edges) {
        const double dx = m_pos[e.b].x - m_pos[e.a].x, dy = m_pos[e.b].y - m_pos[e.a].y;
        const double d = std::sqrt(dx * dx + dy * dy) + 1e-9;
        const double f = d / k * e.weight;  // |F| = d^2/k, times the unit vector
        m_force[e.a].x += dx * f, m_force[e.a].y += dy * f;
        m_force[e.b].x -= dx * f, m_force[e.b].y -= dy * f;
    }
    double maxMove = 0.0;
    for (size_t i = 0; i < n; ++i) {
        if (m_pinned[i]) continue;
        Point f = m_force[i];
        f.x -= m_pos[i].x * m_params.gravity;
        f.y -= m_pos[i].y * m_params.gravity;
        const double len = std::sqrt(f.x * f.x + f.y * f.y);
        if (len < 1e-12 || !std::isfinite(len)) continue;
        const double move = std::min(len, m_temperature);
        m_pos[i].x += f.x / len * move;
        m_pos[i].y += f.y / len * move;
        maxMove = std::max(maxMove, move);
    }
    // A few sweeps: one push can shove a node into its next neighbour.
    m_overlaps = 0;
    if (!m_boxes.empty())
        for (int pass = 0; pass < 4; ++pass)
            if ((m_overlaps = separateBoxes(true)) == 0) break;
    m_temperature = std::max(m_temperature * m_params.cooling, m_minTemperature * 0.5);
    if (m_temperature <= m_minTemperature) ++m_coldSteps;
    ++m_iterations;
    return maxMove;
}

bool ForceSimulation::settled() const {
    // Cold, and no boxes left overlapping (or they could not be separated in a while:
    // pinned nodes can hold two boxes on top of each other).
    constexpr size_t kMaxColdSteps = 150;
    return m_temperature <= m_minTemperature && (m_overlaps == 0 || m_coldSteps > kMaxColdSteps);
}

void ForceSimulation::reheat(double fraction) {
    const double k = m_params.springLength;
    const double radius = k * std::sqrt(static_cast<double>(std::max<size_t>(m_pos.size(), 1)));
    m_temperature = std::max(m_temperature, (radius * 0.05 + k) * fraction);
    m_coldSteps = 0;
}

void ForceSimulation::setBoxes(std::vector<ForceBox> boxes) {
    m_boxes = boxes.size() == m_pos.size() ? std::move(boxes) : std::vector<ForceBox>{};
}

size_t ForceSimulation::overlappingPairs() const {
    return const_cast<ForceSimulation*>(this)->separateBoxes(false);
}

// A sweep over x (forEachSweepPair, shared with removeOverlaps): boxes sorted by their
// left side, each compared with the boxes that start before it ends.  With `apply`, every
// overlapping pair is pushed apart by the overlap along the axis that needs the shorter
// move (half each, all of it for the unpinned one of a pinned pair).  Returns the pairs
// seen overlapping (gap left out).
size_t ForceSimulation::separateBoxes(bool apply) {
    const size_t n = m_pos.size();
    if (m_boxes.size() != n || n < 2) return 0;
    const double gap = m_params.collisionGap;
    std::vector<uint32_t> localOrder;
    std::vector<uint32_t>& order = apply ? m_order : localOrder;
    order.resize(n);
    for (uint32_t i = 0; i < n; ++i) order[i] = i;
    auto left = [&](uint32_t i) { return m_pos[i].x - m_boxes[i].left; };
    auto reach = [&](uint32_t i) { return m_pos[i].x + m_boxes[i].right + gap; };
    size_t pairs = 0;
    forEachSweepPair(order, left, reach, [&](uint32_t i, uint32_t j) {
        const ForceBox &bi = m_boxes[i], &bj = m_boxes[j];
        // Overlap along x and y (positive = overlapping), and which way j should go.
        const double ox = std::min(m_pos[i].x + bi.right, m_pos[j].x + bj.right) -
                          std::max(m_pos[i].x - bi.left, m_pos[j].x - bj.left) + gap;
        const double oy = std::min(m_pos[i].y + bi.top, m_pos[j].y + bj.top) -
                          std::max(m_pos[i].y - bi.bottom, m_pos[j].y - bj.bottom) + gap;
        if (ox <= 0 || oy <= 0 || (m_pinned[i] && m_pinned[j])) return;
        if (ox > gap && oy > gap) ++pairs;  // closer than the gap is no overlap yet
        if (!apply) return;
        const double cxi = m_pos[i].x + (bi.right - bi.left) * 0.5;
        const double cxj = m_pos[j].x + (bj.right - bj.left) * 0.5;
        const double cyi = m_pos[i].y + (bi.top - bi.bottom) * 0.5;
        const double cyj = m_pos[j].y + (bj.top - bj.bottom) * 0.5;
        double mx = 0, my = 0;  // j's move; i moves the opposite way
        if (ox < oy) {
            double sx = cxj > cxi ? 1.0 : cxj < cxi ? -1.0 : 0.0;
            if (sx == 0) sx = (i < j) ? 1.0 : -1.0;
            mx = sx * ox;
        } else {
            double sy = cyj > cyi ? 1.0 : cyj < cyi ? -1.0 : 0.0;
            if (sy == 0) sy = (i < j) ? 1.0 : -1.0;
            my = sy * oy;
        }
        const double shareJ = m_pinned[i] ? 1.0 : m_pinned[j] ? 0.0 : 0.5;
        m_pos[j].x += mx * shareJ, m_pos[j].y += my * shareJ;
        m_pos[i].x -= mx * (1.0 - shareJ), m_pos[i].y -= my * (1.0 - shareJ);
    });
    return pairs;
}

void ForceSimulation::setPosition(size_t i, Point p) {
    if (i < m_pos.size() && std::isfinite(p.x) && std::isfinite(p.y)) m_pos[i] = p;
}

void ForceSimulation::setPinned(size_t i, bool pinned) {
    if (i < m_pinned.size()) m_pinned[i] = pinned ? 1 : 0;
}

// ------------------------------------------------------------------ LayoutEngine adapter
namespace {

class ForceLayoutEngine final : public LayoutEngine {
public:
    std::string_view name() const override { return "force"; }
    bool avoidsOverlap() const override { return false; }
    size_t maxNodes() const override { return 500000; }

    void run(const EntityGraph& graph, GraphAttributes& attributes,
             const LayoutOptions& options) const override {
        const size_t n = graph.nodeCount();
        if (n > maxNodes())
            throw Error("cannot lay out " + std::to_string(n) +
                        " nodes: the force layout accepts at most " + std::to_string(maxNodes()) +
                        " nodes; filter the graph first or use sfdp");
        // Pinned nodes keep their given positions; the others start fresh (seeded).
        std::vector<Point> initial(n, Point{std::numeric_limits<double>::quiet_NaN(), 0.0});
        const bool havePins = attributes.pinned.size() == n && attributes.position.size() == n;
        ForceSimulation sim(n, forceEdgesOf(graph), {}, ForceParams{}, options.seed);
        if (havePins) {
            for (size_t i = 0; i < n; ++i) {
                if (!attributes.pinned[i]) continue;
                sim.setPosition(i, attributes.position[i]);
                sim.setPinned(i, true);
            }
        }
        // Node boxes given with the attributes are kept from overlapping.
        if (attributes.width.size() == n && attributes.height.size() == n) {
            std::vector<ForceBox> boxes(n);
            for (size_t i = 0; i < n; ++i) {
                const double hw = std::max(attributes.width[i], 0.0) * 0.5;
                const double hh = std::max(attributes.height[i], 0.0) * 0.5;
                boxes[i] = {hw, hw, hh, hh};
            }
            sim.setBoxes(std::move(boxes));
        }
        const size_t maxIterations = 600;
        for (size_t it = 0; it < maxIterations && !sim.settled(); ++it) {
            if (options.cancel && options.cancel->cancelled()) throw Cancelled{};
            sim.step();
            if (options.progress && it % 10 == 0)
                options.progress(static_cast<double>(it) / maxIterations, "force layout");
        }
        // Attributes made for another graph (or none): start from the shared style.
        if (attributes.width.size() != n || attributes.height.size() != n ||
            attributes.label.size() != n || attributes.fill.size() != n) {
            std::vector<bool> pinned = havePins ? attributes.pinned : std::vector<bool>(n, false);
            attributes = GraphAttributes::styled(graph);
            attributes.pinned = std::move(pinned);
        }
        attributes.position = sim.positions();
        if (attributes.pinned.size() != n) attributes.pinned.assign(n, false);
        attributes.updateBounds();
        if (options.progress) options.progress(1.0, "force layout");
    }
};

}  // namespace

std::unique_ptr<LayoutEngine> makeForceLayoutEngine() {
    return std::make_unique<ForceLayoutEngine>();
}

}  // namespace entgraph
