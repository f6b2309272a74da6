// The App's actions: selection and camera, loading articles, Graphviz layouts, export.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

#include "core/Error.h"
#include "extract/BatchExtract.h"
#include "gui/App.h"
#include "ingest/Ingest.h"
#include "layout/LayoutEngine.h"

namespace entgraph::gui {

// ------------------------------------------------------------------ selection and camera

void App::selectNode(size_t i, bool additive) {
    if (!m_scene || i >= m_scene->nodeCount()) return;
    m_scene->select(i, additive);
}

void App::focusNode(size_t i) {
    if (!m_scene || i >= m_scene->nodeCount()) return;
    if (!m_scene->nodeVisible(i)) {
        // Selecting a filtered-out entity from a list brings it back into view.
        SceneFilter f = m_scene->filter();
        f.types[static_cast<size_t>(m_scene->node(i).type)] = true;
        f.minMentions = std::min(f.minMentions, m_scene->node(i).mentionCount());
        f.articleShown.clear();  // every article again: the entity may be only in hidden ones
        setFilter(f);
        if (m_scene->hidden(i)) m_scene->expand(i), m_scene->unhideAll();
    }
    m_scene->select(i, false);
    zoomToSelection();
}

void App::zoomToSelection() {
    if (!m_scene || m_scene->selection().empty()) return;
    m_autoFit = false;
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (uint32_t i : m_scene->selection()) {
        const Point p = m_scene->positions()[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        const double r = m_scene->radius(i) * 6.0;  // some context around a single node
        minX = std::min(minX, p.x - r), maxX = std::max(maxX, p.x + r);
        minY = std::min(minY, p.y - r), maxY = std::max(maxY, p.y + r);
    }
    const auto [left, top, right, bottom] = freeCanvasRect();
    m_camera.fit(minX, minY, maxX, maxY, left, top, right, bottom);
    m_camera.zoom = std::min(m_camera.zoom, 3.0);
}

void App::fitView() {
    if (!m_scene) return;
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    const auto& pos = m_scene->positions();
    for (size_t i = 0; i < pos.size(); ++i) {
        if (!m_scene->nodeVisible(i) || !std::isfinite(pos[i].x) || !std::isfinite(pos[i].y))
            continue;
        const double r = m_scene->radius(i);
        minX = std::min(minX, pos[i].x - r), maxX = std::max(maxX, pos[i].x + r);
        minY = std::min(minY, pos[i].y - r), maxY = std::max(maxY, pos[i].y + r);
    }
    const auto [left, top, right, bottom] = freeCanvasRect();
    m_camera.fit(minX, minY, maxX, maxY, left, top, right, bottom);
}

std::array<double, 4> App::freeCanvasRect() const {
    // The side panels cover the canvas' edges: frame the graph between them.
    double left = 0, right = m_camera.width, top = 0, bottom = m_camera.height;
    if (ImGui::GetCurrentContext()) {
        top = ImGui::GetFrameHeight();
        bottom -= ImGui::GetFrameHeight() + 6.0;
        for (const char* name : {"Entities", "Filters", "Inspector", "Statistics"}) {
            const ImGuiWindow* w = ImGui::FindWindowByName(name);
            if (!w || !w->WasActive || w->Collapsed) continue;
            if (w->Pos.x + w->Size.x < m_camera.width * 0.4)
                left = std::max<double>(left, w->Pos.x + w->Size.x);
            else if (w->Pos.x > m_camera.width * 0.6)
                right = std::min<double>(right, w->Pos.x);
        }
    }
    if (right - left < m_camera.width * 0.3) left = 0, right = m_camera.width;
    return {left, top, right, bottom};
}

void App::hideSelection() {
    if (!m_scene || m_scene->selection().empty()) return;
    const auto sel = m_scene->selection();
    m_scene->clearSelection();
    m_scene->hide(sel);
}

void App::clearSelection() {
    if (m_scene) m_scene->clearSelection();
}

void App::setFilter(const SceneFilter& f) {
    if (!m_scene) return;
    m_scene->setFilter(f);
}

void App::dragNode(size_t i, Point world) {
    if (!m_scene || i >= m_scene->nodeCount()) return;
    m_scene->positions()[i] = world;
    m_scene->pinned()[i] = 1;
    m_autoFit = false;
    m_dragging = std::make_pair(i, world);
    m_layout.setPosition(i, world, true);
}

void App::unpinAll() {
    if (!m_scene) return;
    for (size_t i = 0; i < m_scene->nodeCount(); ++i)
        if (m_scene->pinned()[i]) m_scene->pinned()[i] = 0, m_layout.setPinned(i, false);
    m_layout.reheat();
}

void App::togglePause() {
    m_layout.setPaused(!m_layout.paused());
}

void App::openArticle(uint32_t article, ByteSpan highlight) {
    if (!m_scene || article >= m_scene->graph().articles().size()) return;
    m_articleFocus.article = article;
    m_articleFocus.highlight = highlight;
    m_articleFocus.scroll = true;
    m_settings.showArticles = true;
}

// ------------------------------------------------------------------ scenes

void App::installScene(std::unique_ptr<Scene> scene, std::string whatIsOpen, bool fit) {
    m_animation.active = false;
    m_dragging.reset();
    m_articleFocus = {};
    m_scene = std::move(scene);
    m_autoFit = true;
    m_whatIsOpen = std::move(whatIsOpen);
    const bool paused = m_options.pauseLayout || m_options.benchFrames > 0 || m_layout.paused();
    m_layout.start(m_scene->nodeCount(), forceEdgesOf(m_scene->graph()), m_scene->positions(),
                   m_scene->pinned(), paused, layoutBoxes());
    std::vector<Point> initial;
    if (m_layout.fetch(initial) && initial.size() == m_scene->nodeCount())
        m_scene->positions() = std::move(initial);
    int w = 0, h = 0;
    glfwGetWindowSize(m_window->handle(), &w, &h);
    m_camera.width = static_cast<float>(std::max(w, 1));
    m_camera.height = static_cast<float>(std::max(h, 1));
    if (fit) fitView();
    updateTitle();
}

void App::startBenchmark() {
    auto [graph, positions] = makeSyntheticGraph(m_options.benchNodes);
    installScene(Scene::build(graph, positions),
                 "benchmark (" + std::to_string(m_options.benchNodes) + " nodes)", true);
    if (m_options.benchLabels) {
        // Zoomed in as someone reading the graph would be: ~600 nodes on screen, the side
        // panels closed so the labels have the window (the bench never saves settings).
        m_settings.showEntities = m_settings.showFilters = m_settings.showInspector = false;
        m_autoFit = false;
        const Point c = visibleCentroid(*m_scene);
        m_camera.cx = c.x, m_camera.cy = c.y;
        m_camera.zoom = zoomShowingNodes(*m_scene, c, m_camera.width, m_camera.height, 600);
    }
}

namespace {
std::string describePaths(const std::vector<std::string>& paths) {
    if (paths.empty()) return {};
    std::string name = std::filesystem::path(paths[0]).filename().string();
    if (name.empty()) name = std::filesystem::path(paths[0]).parent_path().filename().string();
    if (name.empty()) name = paths[0];
    if (paths.size() > 1) name += " and " + std::to_string(paths.size() - 1) + " more";
    return name;
}
}  // namespace

void App::openPaths(const std::vector<std::string>& paths) {
    if (paths.empty()) return;
    if (m_importTask.running()) {
        showError("an import is already running; wait for it or cancel it first");
        return;
    }
    m_importTask.reap();
    if (!paths.empty()) {
        std::error_code ec;
        const auto p = std::filesystem::path(paths[0]);
        m_settings.lastFolder =
            (std::filesystem::is_directory(p, ec) ? p : p.parent_path()).string();
    }
    // What the worker merges with: copies, so the UI keeps using the current graph.
    auto oldArticles = m_articles;
    auto oldExtractions = m_extractions;
    std::map<std::string, Point> oldPositions;
    if (m_scene)
        for (size_t i = 0; i < m_scene->nodeCount(); ++i)
            oldPositions[m_scene->node(i).name] = m_scene->positions()[i];
    std::string what = m_whatIsOpen.empty() || !m_scene
                           ? describePaths(paths)
                           : m_whatIsOpen + " + " + describePaths(paths);
    if (!m_options.whatIsOpen.empty() && !m_scene) what = m_options.whatIsOpen;

    m_importTask.start("Importing", [this, paths, oldArticles = std::move(oldArticles),
                                     oldExtractions = std::move(oldExtractions),
                                     oldPositions = std::move(oldPositions),
                                     what](const CancelToken& cancel,
                                           const ProgressCallback& progress) mutable {
        try {
            progress(0.0, "reading");
            std::vector<Article> fresh = readArticlesOnWorker(paths);
            if (fresh.empty()) return;
            if (cancel.cancelled()) throw Cancelled{};
            progress(0.05, "loading the extractor");
            static const Extractor extractor;
            BatchOptions options;
            options.cancel = &cancel;
            options.progress = [&](double f, const std::string& w) {
                progress(0.05 + 0.85 * f, w);
            };
            auto extractions = extractAll(extractor, fresh, options);
            if (cancel.cancelled()) throw Cancelled{};
            progress(0.9, "building the graph");
            auto articles = oldArticles;
            articles.insert(articles.end(), fresh.begin(), fresh.end());
            auto allExtractions = oldExtractions;
            allExtractions.insert(allExtractions.end(), extractions.begin(), extractions.end());
            auto graph =
                std::make_shared<EntityGraph>(EntityGraph::build(articles, allExtractions));
            std::vector<Point> positions(graph->nodeCount(),
                                         Point{std::numeric_limits<double>::quiet_NaN(), 0.0});
            for (size_t i = 0; i < graph->nodeCount(); ++i)
                if (auto it = oldPositions.find(graph->graph()[i].name); it != oldPositions.end())
                    positions[i] = it->second;
            progress(0.95, "measuring");
            std::shared_ptr<Scene> scene(Scene::build(graph, positions).release());
            m_queue.push([this, scene, articles = std::move(articles),
                          allExtractions = std::move(allExtractions), what]() mutable {
                m_articles = std::move(articles);
                m_extractions = std::move(allExtractions);
                auto owned = std::make_unique<Scene>(std::move(*scene));
                installScene(std::move(owned), what, true);
                showInfo("Opened " + std::to_string(m_articles.size()) +
                         " articles: " + std::to_string(m_scene->nodeCount()) + " entities, " +
                         std::to_string(m_scene->edgeCount()) + " links");
            });
            progress(1.0, "done");
        } catch (const Cancelled&) {
            m_queue.push([this] { showInfo("Import cancelled"); });
        } catch (const std::exception& e) {
            const std::string msg = e.what();
            m_queue.push([this, msg] { showError("import failed: " + msg); });
        }
    });
}

std::vector<Article> App::readArticlesOnWorker(const std::vector<std::string>& paths) {
    IngestReport report;
    std::vector<Article> articles = readArticles(paths, report);
    for (auto& w : report.warnings) m_queue.push([this, w] { showInfo(w); });
    for (auto& e : report.errors) m_queue.push([this, e] { showError(e); });
    if (articles.empty()) m_queue.push([this] { showError("no article could be read"); });
    return articles;
}

// ------------------------------------------------------------------ Graphviz layouts

void App::runLayoutEngine(const std::string& name) {
    if (!m_scene) return;
    if (m_layoutTask.running()) {
        showError("a layout is already running; cancel it first");
        return;
    }
    m_layoutTask.reap();
    std::shared_ptr<LayoutEngine> engine;
    try {
        engine = makeLayoutEngine(name);
    } catch (const std::exception& e) {
        showError(e.what());
        return;
    }
    std::vector<uint32_t> map;
    auto sub =
        std::make_shared<std::pair<EntityGraph, GraphAttributes>>(m_scene->visibleSubgraph(&map));
    const Scene* forScene = m_scene.get();
    m_layoutTask.start(
        "Layout " + name, [this, engine, sub, map, forScene, name](
                              const CancelToken& cancel, const ProgressCallback& progress) {
            try {
                LayoutOptions options;
                options.cancel = &cancel;
                options.progress = progress;
                engine->run(sub->first, sub->second, options);
                m_queue.push([this, sub, map, forScene] {
                    if (m_scene.get() != forScene) return;  // the graph changed meanwhile
                    // Cancel pressed after the engine finished but before this frame.
                    if (m_layoutTask.cancelled()) {
                        showInfo("Layout cancelled");
                        return;
                    }
                    auto& pos = m_scene->positions();
                    m_animation.from = pos;
                    m_animation.to = pos;
                    for (size_t k = 0; k < map.size() && k < sub->second.position.size(); ++k) {
                        const Point p = sub->second.position[k];
                        if (std::isfinite(p.x) && std::isfinite(p.y)) m_animation.to[map[k]] = p;
                    }
                    m_animation.start = std::chrono::steady_clock::now();
                    m_animation.active = true;
                    m_layout.setPaused(true);  // keep the engine's result until the user resumes
                    m_autoFit = false;
                    // Frame the destination.
                    auto saved = pos;
                    pos = m_animation.to;
                    fitView();
                    pos = std::move(saved);
                });
            } catch (const Cancelled&) {
                m_queue.push([this] { showInfo("Layout cancelled"); });
            } catch (const std::exception& e) {
                const std::string msg = e.what();
                m_queue.push([this, msg] { showError("layout failed: " + msg); });
            }
        });
}

// ------------------------------------------------------------------ export

void App::exportVisible(ExportFormat format, const std::string& path) {
    if (!m_scene) return;
    if (path.empty()) {
        showError("choose a file name to export to");
        return;
    }
    m_exportTask.cancelAndJoin();
    auto sub =
        std::make_shared<std::pair<EntityGraph, GraphAttributes>>(m_scene->visibleSubgraph());
    m_exportTask.start("Exporting", [this, sub, format, path](const CancelToken&,
                                                              const ProgressCallback& progress) {
        try {
            progress(0.1, std::string(exportFormatName(format)));
            exportGraph(sub->first, sub->second, format, path);
            progress(1.0, "done");
            m_queue.push([this, path] { showInfo("Exported to " + path); });
        } catch (const std::exception& e) {
            const std::string msg = e.what();
            m_queue.push([this, msg] { showError("export failed: " + msg); });
        }
    });
}

}  // namespace entgraph::gui
