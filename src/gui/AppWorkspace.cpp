// The App's workspace actions: open/create, save the open articles as a workspace, import
// into it, and the entity edits.  Every edit is one Workspace call (one transaction, one
// undoable entry of the persistent edit log), so the workspace is saved as soon as the
// edit returns; the graph is then reloaded with every node kept where it was (by entity id).
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "core/Error.h"
#include "extract/BatchExtract.h"
#include "extract/Extractor.h"
#include "gui/App.h"
#include "ingest/Ingest.h"

namespace entgraph::gui {

namespace {
constexpr const char* kLayoutName = "gui";

std::string fileName(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}
}  // namespace

int64_t App::entityIdOf(size_t i) const {
    return i < m_entityIds.size() ? m_entityIds[i] : 0;
}

std::optional<size_t> App::nodeOfEntity(int64_t id) const {
    for (size_t i = 0; i < m_entityIds.size(); ++i)
        if (m_entityIds[i] == id) return i;
    return std::nullopt;
}

void App::addRecentWorkspace(const std::string& path) {
    std::error_code ec;
    std::string abs = std::filesystem::absolute(path, ec).string();
    if (ec) abs = path;
    auto& recent = m_settings.recentWorkspaces;
    std::erase(recent, abs);
    recent.insert(recent.begin(), abs);
    if (recent.size() > 10) recent.resize(10);
    m_settings.save();
}

void App::openWorkspace(const std::string& path, bool create) {
    if (m_importTask.running()) throw Error("an import is running; wait for it or cancel it first");
    std::unique_ptr<Workspace> ws;
    WorkspaceGraph wg;
    std::map<int64_t, Point> positions;
    try {
        if (!create && !std::filesystem::exists(path))
            throw Error("workspace '" + path + "' does not exist");
        ws = std::make_unique<Workspace>(Workspace::open(path, false, create));
        wg = ws->loadGraph();
        for (const auto& [id, xy] : ws->loadLayout(kLayoutName))
            positions[id] = Point{xy.first, xy.second};
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error("cannot open workspace '" + path + "': " + e.what());
    }
    saveWorkspaceView();
    m_workspace = std::move(ws);
    m_articles.clear();
    m_extractions.clear();
    m_suggestions.reset();
    m_whatIsOpen = fileName(path);
    showWorkspaceGraph(std::move(wg), positions, {}, true);
    addRecentWorkspace(path);
}

void App::showWorkspaceGraph(WorkspaceGraph wg, const std::map<int64_t, Point>& positions,
                             const std::vector<int64_t>& selection, bool fit) {
    m_entityIds = std::move(wg.entityIds);
    auto graph = std::make_shared<EntityGraph>(std::move(wg.graph));
    std::vector<Point> pos(graph->nodeCount(),
                           Point{std::numeric_limits<double>::quiet_NaN(), 0.0});
    for (size_t i = 0; i < pos.size() && i < m_entityIds.size(); ++i)
        if (auto it = positions.find(m_entityIds[i]); it != positions.end()) pos[i] = it->second;
    auto scene = Scene::build(graph, pos);
    // Pins are stored with the entity: a pinned node keeps its saved place.
    std::map<int64_t, bool> pinned;
    for (const auto& e : m_workspace->entities(false)) pinned[e.id] = e.pinned;
    for (size_t i = 0; i < scene->nodeCount() && i < m_entityIds.size(); ++i)
        if (pinned[m_entityIds[i]] && std::isfinite(scene->positions()[i].x))
            scene->pinned()[i] = 1;
    const bool autoFit = m_autoFit;
    installScene(std::move(scene), m_whatIsOpen, fit);
    if (!fit) m_autoFit = autoFit;
    for (int64_t id : selection)
        if (auto i = nodeOfEntity(id)) m_scene->select(*i, true);
}

void App::reloadWorkspace() {
    if (!m_workspace) return;
    std::map<int64_t, Point> positions;
    std::vector<int64_t> selection;
    if (m_scene) {
        for (size_t i = 0; i < m_scene->nodeCount(); ++i)
            positions[entityIdOf(i)] = m_scene->positions()[i];
        for (uint32_t i : m_scene->selection()) selection.push_back(entityIdOf(i));
    }
    showWorkspaceGraph(m_workspace->loadGraph(), positions, selection, false);
}

void App::saveWorkspaceView() {
    if (!m_workspace || m_workspace->readOnly() || !m_scene) return;
    try {
        std::vector<std::pair<int64_t, std::pair<double, double>>> rows;
        for (size_t i = 0; i < m_scene->nodeCount(); ++i) {
            const Point p = m_scene->positions()[i];
            if (std::isfinite(p.x) && std::isfinite(p.y) && entityIdOf(i) != 0)
                rows.push_back({entityIdOf(i), {p.x, p.y}});
        }
        m_workspace->saveLayout(kLayoutName, rows);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "entgraph: cannot save the layout: %s\n", e.what());
    }
}

// ------------------------------------------------------------------ edits

// Panels ask for edits while they draw the current scene; the edit runs at the start of the
// next frame (through the main queue), so no panel is left holding a replaced scene.
void App::edit(std::function<void(Workspace&)> f) {
    if (!m_workspace) {
        showError("open or save a workspace to edit entities (File menu)");
        return;
    }
    m_queue.push([this, f = std::move(f)] {
        if (!m_workspace) return;
        try {
            f(*m_workspace);
        } catch (const std::exception& e) {
            showError(e.what());
            return;
        }
        m_suggestions.reset();
        reloadWorkspace();
    });
}

void App::mergeSelection() {
    if (!m_scene || m_scene->selection().size() < 2) {
        showError("select two or more entities to merge (shift-click adds to the selection)");
        return;
    }
    const auto sel = m_scene->selection();
    const int64_t survivor = entityIdOf(sel[0]);
    std::vector<int64_t> others;
    for (size_t k = 1; k < sel.size(); ++k) others.push_back(entityIdOf(sel[k]));
    const std::string note =
        "Merged " + std::to_string(others.size()) + " into " + m_scene->node(sel[0]).name;
    edit([this, survivor, others, note](Workspace& ws) {
        ws.merge(survivor, others);
        showInfo(note);
    });
}

void App::mergeEntities(int64_t survivor, int64_t other) {
    edit([survivor, other](Workspace& ws) { ws.merge(survivor, {other}); });
}

void App::renameNode(size_t i, const std::string& name) {
    const int64_t id = entityIdOf(i);
    edit([id, name](Workspace& ws) { ws.rename(id, name); });
}

void App::splitAlias(size_t i, const std::string& alias) {
    const int64_t id = entityIdOf(i);
    edit([this, id, alias](Workspace& ws) {
        ws.splitAlias(id, alias);
        showInfo("Split '" + alias + "' off into its own entity");
    });
}

void App::retypeNode(size_t i, EntityType type) {
    const int64_t id = entityIdOf(i);
    edit([id, type](Workspace& ws) { ws.setType(id, type); });
}

void App::hideNodeInWorkspace(size_t i) {
    const int64_t id = entityIdOf(i);
    edit([id](Workspace& ws) { ws.setHidden(id, true); });
}

void App::showHiddenEntity(int64_t id) {
    edit([id](Workspace& ws) { ws.setHidden(id, false); });
}

void App::pinNode(size_t i, bool pinned) {
    if (!m_scene || i >= m_scene->nodeCount()) return;
    m_scene->pinned()[i] = pinned;
    m_layout.setPinned(i, pinned);
    if (!m_workspace) return;
    const int64_t id = entityIdOf(i);
    saveWorkspaceView();  // the pinned place is the one on screen now
    edit([id, pinned](Workspace& ws) { ws.setPinned(id, pinned); });
}

void App::setNodeNotes(size_t i, const std::string& notes) {
    const int64_t id = entityIdOf(i);
    edit([id, notes](Workspace& ws) { ws.setNotes(id, notes); });
}

void App::dismissSuggestion(int64_t a, int64_t b) {
    if (!m_workspace) return;
    try {
        m_workspace->dismissSuggestion(a, b);
    } catch (const std::exception& e) {
        showError(e.what());
    }
    m_suggestions.reset();
}

void App::undoEdit() {
    if (!m_workspace) return;
    edit([this](Workspace& ws) {
        const auto done = ws.undo();
        showInfo(done ? "Undid " + done->description : "Nothing to undo");
    });
}

void App::redoEdit() {
    if (!m_workspace) return;
    edit([this](Workspace& ws) {
        const auto done = ws.redo();
        showInfo(done ? "Redid " + done->description : "Nothing to redo");
    });
}

const std::vector<MergeSuggestion>& App::suggestions() {
    if (!m_suggestions) {
        m_suggestions.emplace();
        if (m_workspace) try {
                *m_suggestions = m_workspace->suggestMerges(100);
            } catch (const std::exception& e) {
                showError(e.what());
            }
    }
    return *m_suggestions;
}

// ------------------------------------------------------------------ import on a worker

namespace {
BatchExtractFn realExtractor(const CancelToken& cancel) {
    return [&cancel](const std::vector<Article>& batch) {
        static const Extractor extractor;
        BatchOptions options;
        options.cancel = &cancel;
        return extractAll(extractor, batch, options);
    };
}
}  // namespace

void App::importIntoWorkspace(const std::vector<std::string>& paths) {
    if (!m_workspace) {
        showError("open a workspace first (File -> Open workspace...)");
        return;
    }
    if (m_importTask.running()) {
        showError("an import is already running; wait for it or cancel it first");
        return;
    }
    m_importTask.reap();
    const std::string wsPath = m_workspace->path();
    m_importTask.start("Importing", [this, paths, wsPath](const CancelToken& cancel,
                                                          const ProgressCallback& progress) {
        try {
            progress(0.0, "reading");
            std::vector<Article> fresh = readArticlesOnWorker(paths);
            if (fresh.empty()) return;
            // One Workspace per thread: the worker opens its own.
            Workspace ws = Workspace::open(wsPath);
            ImportOptions options;
            options.cancel = &cancel;
            options.progress = progress;
            const ImportStats st =
                ws.importArticles(std::move(fresh), realExtractor(cancel), options);
            m_queue.push([this, st] {
                m_suggestions.reset();
                reloadWorkspace();
                showInfo("Imported " + std::to_string(st.articlesAdded) + " articles (" +
                         std::to_string(st.articlesSkipped) + " already there), " +
                         std::to_string(st.entitiesNew) + " new entities");
            });
        } catch (const Cancelled&) {
            m_queue.push([this] { showInfo("Import cancelled"); });
        } catch (const std::exception& e) {
            const std::string msg = e.what();
            m_queue.push([this, msg] { showError("import failed: " + msg); });
        }
    });
}

void App::saveAsWorkspace(const std::string& path) {
    if (m_articles.empty()) {
        showError("no articles are open to save (open articles first, or create a new workspace)");
        return;
    }
    if (std::filesystem::exists(path)) {
        showError("'" + path + "' already exists; choose a new file name");
        return;
    }
    if (m_importTask.running()) {
        showError("an import is already running; wait for it or cancel it first");
        return;
    }
    m_importTask.reap();
    auto articles = m_articles;
    m_importTask.start("Saving workspace", [this, path, articles = std::move(articles)](
                                               const CancelToken& cancel,
                                               const ProgressCallback& progress) mutable {
        try {
            {
                Workspace ws = Workspace::create(path);
                ImportOptions options;
                options.cancel = &cancel;
                options.progress = progress;
                ws.importArticles(std::move(articles), realExtractor(cancel), options);
            }
            m_queue.push([this, path] {
                try {
                    openWorkspace(path);
                    showInfo("Saved as " + path);
                } catch (const std::exception& e) {
                    showError(e.what());
                }
            });
        } catch (const Cancelled&) {
            m_queue.push([this] { showInfo("Save cancelled"); });
        } catch (const std::exception& e) {
            const std::string msg = e.what();
            m_queue.push([this, msg] { showError("saving the workspace failed: " + msg); });
        }
    });
}

}  // namespace entgraph::gui
