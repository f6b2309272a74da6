#include "gui/App.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <atomic>
#include <cfloat>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <type_traits>

#include "core/Error.h"

namespace entgraph::gui {

std::atomic<bool> g_dumpRequested{false};  // set by SIGUSR1 (GuiMain.cpp)

// ------------------------------------------------------------------ ImGui session

class ImGuiSession {
public:
    ImGuiSession(GLFWwindow* window, const Settings& settings, float scale,
                 const std::string& ini) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        m_ini = ini;
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = m_ini.c_str();
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        if (settings.darkTheme)
            ImGui::StyleColorsDark();
        else
            ImGui::StyleColorsLight();
        ImGui::GetStyle().ScaleAllSizes(scale);
        ImGui::GetStyle().WindowRounding = 4.0f * scale;
        App::loadFonts(settings.fontSize * scale);
        if (!ImGui_ImplGlfw_InitForOpenGL(window, false)) {
            ImGui::DestroyContext();
            throw Error("cannot initialise the ImGui GLFW backend");
        }
        if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
            ImGui_ImplGlfw_Shutdown();
            ImGui::DestroyContext();
            throw Error("cannot initialise the ImGui OpenGL 3 backend");
        }
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }

private:
    std::string m_ini;
};

// ------------------------------------------------------------------ setup / teardown

App::App(const GuiOptions& options) : m_options(options) {
    m_settings = Settings::load();
    if (options.width > 0) m_settings.windowWidth = options.width;
    if (options.height > 0) m_settings.windowHeight = options.height;
    std::error_code ec;
    std::filesystem::create_directories(Settings::configDir(), ec);
    m_iniPath = (std::filesystem::path(Settings::configDir()) / "imgui.ini").string();

    m_glfw = std::make_unique<GlfwLibrary>();
    m_window =
        std::make_unique<Window>(m_settings.windowWidth, m_settings.windowHeight, "entgraph");
    glfwSwapInterval(options.benchFrames > 0 ? 0 : 1);
    m_input = std::make_unique<InputLatch>(m_window->handle());
    m_imgui = std::make_unique<ImGuiSession>(m_window->handle(), m_settings,
                                             m_window->contentScale(), m_iniPath);
    m_canvas = std::make_unique<Canvas>();
    m_style.showCooccurrence = m_settings.showCooccurrence;
    m_fontScale = m_window->contentScale();
    m_appliedFontSize = m_fontSizeDraft = m_settings.fontSize;
    m_appliedDark = m_settings.darkTheme;
    applyCanvasTheme();
    updateTitle();

    if (options.benchFrames > 0) {
        startBenchmark();
    } else if (options.synthetic > 0) {
        auto [graph, positions] = makeSyntheticGraph(options.synthetic);
        installScene(Scene::build(graph, positions),
                     "synthetic graph (" + std::to_string(options.synthetic) + " nodes)", true);
    } else if (!options.workspace.empty()) {
        openWorkspace(options.workspace);  // throws Error: the CLI prints it and exits 1
    } else if (!options.paths.empty()) {
        openPaths(options.paths);
        if (!options.whatIsOpen.empty()) m_whatIsOpen = options.whatIsOpen;
    }
    if (options.pauseLayout) m_layout.setPaused(true);
}

App::~App() {
    // Reverse order: workers first, then GL objects, then ImGui, window and GLFW.
    m_importTask.cancelAndJoin();
    m_layoutTask.cancelAndJoin();
    m_exportTask.cancelAndJoin();
    m_layout.stop();
    saveWorkspaceView();
    if (m_window) {
        int w = 0, h = 0;
        glfwGetWindowSize(m_window->handle(), &w, &h);
        if (w > 0 && h > 0 && m_options.benchFrames == 0) {
            m_settings.windowWidth = w;
            m_settings.windowHeight = h;
        }
    }
    m_settings.showCooccurrence = m_style.showCooccurrence;
    if (m_options.benchFrames == 0) m_settings.save();
    if (m_imgui && ImGui::GetCurrentContext()) ImGui::SaveIniSettingsToDisk(m_iniPath.c_str());
    m_canvas.reset();
    m_imgui.reset();
    m_input.reset();
    m_window.reset();
    m_glfw.reset();
}

void App::updateTitle() {
    // " *": articles are open that no workspace holds (File -> Save as workspace keeps them).
    const std::string title =
        "entgraph \xE2\x80\x94 " +
        (m_whatIsOpen.empty() ? std::string("(nothing open)") : m_whatIsOpen) +
        (unsaved() ? " *" : "");
    if (title != m_title) {
        m_title = title;
        m_window->setTitle(title);
    }
}

std::vector<ForceBox> App::layoutBoxes() {
    // Label boxes on graphs small enough to label most nodes; past that the layout only
    // keeps circles apart (labels come by level of detail), and on the largest graphs
    // nothing (the sweep would cost the worker more than it gives).
    constexpr size_t kLabelBoxNodes = 2000, kCircleBoxNodes = 20000;
    std::vector<ForceBox> boxes;
    if (!m_scene || m_scene->nodeCount() > kCircleBoxNodes) return boxes;
    const size_t n = m_scene->nodeCount();
    boxes.resize(n);
    ImFont* font = nullptr;
    if (n <= kLabelBoxNodes && ImGui::GetCurrentContext()) {
        ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        if (!atlas->Fonts.empty() && (atlas->IsBuilt() || atlas->Build())) font = atlas->Fonts[0];
    }
    for (size_t i = 0; i < n; ++i) {
        const double r = m_scene->radius(i);
        boxes[i] = {r, r, r, r};
        if (!font) continue;
        // Mirrors CanvasView::drawLabels: the label sits 2 px under the circle, centred.
        const std::string& name = m_scene->node(i).name;
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, name.c_str(),
                                                name.c_str() + name.size());
        boxes[i].left = boxes[i].right = std::max(r, size.x * 0.5);
        boxes[i].bottom = r + 2.0 + size.y;
    }
    return boxes;
}

// ------------------------------------------------------------------ main loop

int App::run() {
    int frames = 0;
    while (!m_window->shouldClose()) {
        const bool busy = m_importTask.running() || m_layoutTask.running() ||
                          m_exportTask.running() || m_animation.active ||
                          m_layout.state() == LayoutState::Running || m_options.benchFrames > 0 ||
                          !m_queue.empty() || ImGui::GetIO().MouseDown[0] ||
                          (m_input && m_input->pending());
        if (busy)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(0.1);
        const auto t0 = std::chrono::steady_clock::now();
        try {
            frame();
        } catch (const std::exception& e) {
            // An error in a panel or an action: say so in the window and carry on.
            if (ImGuiContext* ctx = ImGui::GetCurrentContext(); ctx && ctx->WithinFrameScope) {
                ImGui::ErrorCheckEndFrameRecover(nullptr);
                ImGui::EndFrame();
            }
            showError(e.what());
        }
        const float ms =
            std::chrono::duration<float, std::milli>(std::chrono::steady_clock::now() - t0).count();
        m_frameMs = m_frameMs * 0.9f + ms * 0.1f;
        if (m_options.benchFrames > 0) {
            if (frames++ >= 3) m_frameTimes.push_back(ms);  // skip warm-up frames
            if (static_cast<int>(m_frameTimes.size()) >= m_options.benchFrames) break;
        }
    }
    if (m_options.benchFrames > 0 && !m_frameTimes.empty()) {
        std::vector<float> t = m_frameTimes;
        std::nth_element(t.begin(), t.begin() + t.size() / 2, t.end());
        std::printf(
            "frames: %zu  view: %s  nodes: %zu (on screen %zu)  edges: %zu (drawn %zu)  "
            "labels: %zu  median ms per frame: %.2f\n",
            m_frameTimes.size(), m_options.benchLabels ? "labels" : "fit",
            m_scene ? m_scene->visibleNodeCount() : 0, m_canvas->drawnNodes(),
            m_scene ? m_scene->visibleEdgeCount() : 0, m_canvas->drawnEdges(),
            m_canvasView.labelsDrawn(), t[t.size() / 2]);
    }
    if (!m_options.stateDump.empty()) writeStateDump(m_options.stateDump);
    return 0;
}

void App::frame() {
    m_queue.drain();
    m_importTask.reap();
    m_layoutTask.reap();
    m_exportTask.reap();
    if (auto dropped = m_input->takeDroppedPaths(); !dropped.empty()) openPaths(dropped);
    pollLayout();
    updateTitle();

    // Between frames: font atlas changes (font size, snapshot font) are only allowed here.
    applyAppearance();
    if (m_pendingSnapshot) takeSnapshot();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    m_input->apply();
    ImGui::NewFrame();
    m_widgets.clear();
    const ImGuiIO& io = ImGui::GetIO();
    m_camera.width = std::max(io.DisplaySize.x, 1.0f);
    m_camera.height = std::max(io.DisplaySize.y, 1.0f);

    handleShortcuts();
    drawMenuBar();
    m_canvasView.draw(*this);
    if (m_scene) {
        if (m_settings.showEntities) m_entitiesPanel.draw(*this);
        if (m_settings.showFilters) m_filtersPanel.draw(*this);
        if (m_settings.showInspector) m_inspectorPanel.draw(*this);
        if (m_settings.showArticles) m_articlesPanel.draw(*this);
        if (m_settings.showSearch) m_searchPanel.draw(*this);
        if (m_settings.showPath) m_pathPanel.draw(*this);
        if (m_settings.showStatistics) m_statisticsPanel.draw(*this);
        if (m_settings.showSuggestions && m_workspace) m_suggestionsPanel.draw(*this);
    }
    if (m_workspaceDialog.visible()) m_workspaceDialog.draw(*this);
    if (m_settings.showLayout) m_layoutPanel.draw(*this);
    if (m_openPanel.visible()) m_openPanel.draw(*this);
    if (m_exportPanel.visible()) m_exportPanel.draw(*this);
    m_statusBar.draw(*this);
    drawMessages();

    ImGui::Render();
    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(m_window->handle(), &fbw, &fbh);
    if (m_scene) {
        m_canvas->render(*m_scene, m_camera, fbw, fbh, m_style, m_canvasView.hovered());
    } else {
        glViewport(0, 0, fbw, fbh);
        glClearColor(m_style.background[0], m_style.background[1], m_style.background[2], 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (g_dumpRequested.exchange(false) && !m_options.stateDump.empty())
        writeStateDump(m_options.stateDump);
    if (m_window->shouldClose() && !m_options.screenshot.empty()) {
        try {
            writePng(m_options.screenshot, fbw, fbh, readFramebuffer(fbw, fbh));
        } catch (const Error& e) {
            std::fprintf(stderr, "entgraph: %s\n", e.what());
        }
    }
    glfwSwapBuffers(m_window->handle());
}

void App::pollLayout() {
    if (!m_scene) return;
    auto& pos = m_scene->positions();
    if (m_animation.active) {
        const double t =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_animation.start)
                .count() /
            0.6;
        const double s = t >= 1.0 ? 1.0 : 1.0 - std::pow(1.0 - t, 3.0);  // ease out
        for (size_t i = 0; i < pos.size() && i < m_animation.to.size(); ++i)
            pos[i] = {m_animation.from[i].x + (m_animation.to[i].x - m_animation.from[i].x) * s,
                      m_animation.from[i].y + (m_animation.to[i].y - m_animation.from[i].y) * s};
        if (t >= 1.0) {
            m_animation.active = false;
            m_layout.setAllPositions(pos);
        }
        std::vector<Point> discard;
        m_layout.fetch(discard);
        return;
    }
    std::vector<Point> fresh;
    if (m_layout.fetch(fresh) && fresh.size() == pos.size()) {
        pos.swap(fresh);
        if (m_dragging) pos[m_dragging->first] = m_dragging->second;
    }
    // Every frame, not only on new positions: a small graph settles before the side
    // panels first appear, and the framing must then leave them room.
    if (m_autoFit) fitView();
}

// ------------------------------------------------------------------ shortcuts, menus

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
    if (io.KeyCtrl && pressed(GLFW_KEY_Q)) requestQuit();
    if (io.KeyCtrl && pressed(GLFW_KEY_O)) requestOpenDialog();
    if (io.KeyCtrl && pressed(GLFW_KEY_E)) requestExportDialog();
    if (io.KeyCtrl && pressed(GLFW_KEY_S)) saveShortcut();
    if (io.KeyCtrl && pressed(GLFW_KEY_F)) requestSearch();
    // Workspace edits; a focused text field keeps Ctrl+Z for its own undo.
    if (io.KeyCtrl && !io.WantTextInput) {
        if (pressed(GLFW_KEY_M)) mergeSelection();
        if (pressed(GLFW_KEY_Z)) io.KeyShift ? redoEdit() : undoEdit();
        if (pressed(GLFW_KEY_Y)) redoEdit();
    }
    // Plain keys act on the canvas only while no text field has the keyboard.
    if (io.WantTextInput || io.KeyCtrl) return;
    if (pressed(GLFW_KEY_F)) fitView();
    if (pressed(GLFW_KEY_Z)) zoomToSelection();
    if (pressed(GLFW_KEY_SPACE)) togglePause();
    if (pressed(GLFW_KEY_DELETE)) hideSelection();
    if (pressed(GLFW_KEY_ESCAPE)) clearSelection();
}

void App::saveShortcut() {
    if (m_workspace)
        showInfo("Every edit is saved in " + m_whatIsOpen + " as you make it");
    else if (!m_articles.empty())
        requestWorkspaceDialog(WorkspaceDialog::Mode::SaveAs);
}

void App::requestQuit() {
    m_window->requestClose();
}

void App::noteWidget(const char* name) {
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    m_widgets[name] = {lo.x, lo.y, hi.x, hi.y};
}

void App::drawMenuBar() {
    if (!ImGui::BeginMainMenuBar()) return;
    // The menu headers' and items' rectangles go to the state dump (GUI tests click them).
    const bool fileMenu = ImGui::BeginMenu("File");
    noteWidget("menu.file");
    if (fileMenu) {
        if (ImGui::MenuItem("Open articles or folder...", "Ctrl+O")) requestOpenDialog();
        ImGui::Separator();
        if (ImGui::MenuItem("New workspace...")) requestWorkspaceDialog(WorkspaceDialog::Mode::New);
        noteWidget("menu.file.new");
        if (ImGui::MenuItem("Open workspace..."))
            requestWorkspaceDialog(WorkspaceDialog::Mode::Open);
        if (ImGui::BeginMenu("Recent workspaces", !m_settings.recentWorkspaces.empty())) {
            std::string chosen;
            for (const auto& r : m_settings.recentWorkspaces)
                if (ImGui::MenuItem(r.c_str())) chosen = r;
            ImGui::EndMenu();
            if (!chosen.empty()) try {
                    openWorkspace(chosen);
                } catch (const std::exception& e) {
                    showError(e.what());
                }
        }
        const bool saveAs =
            ImGui::MenuItem("Save as workspace...", "Ctrl+S", false, !m_articles.empty());
        noteWidget("menu.file.saveas");
        if (saveAs) requestWorkspaceDialog(WorkspaceDialog::Mode::SaveAs);
        const bool import = ImGui::MenuItem("Import articles into workspace...", nullptr, false,
                                            m_workspace != nullptr);
        noteWidget("menu.file.import");
        if (import) requestWorkspaceDialog(WorkspaceDialog::Mode::Import);
        ImGui::Separator();
        if (ImGui::MenuItem("Export...", "Ctrl+E", false, m_scene != nullptr))
            requestExportDialog();
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) requestQuit();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const bool ws = m_workspace != nullptr;
        if (ImGui::MenuItem("Undo", "Ctrl+Z", false, ws)) undoEdit();
        if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, ws)) redoEdit();
        ImGui::Separator();
        if (ImGui::MenuItem("Merge selected", "Ctrl+M", false,
                            ws && m_scene && m_scene->selection().size() >= 2))
            mergeSelection();
        ImGui::MenuItem("Merge suggestions", nullptr, &m_settings.showSuggestions, ws);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        ImGui::MenuItem("Entities", nullptr, &m_settings.showEntities);
        ImGui::MenuItem("Inspector", nullptr, &m_settings.showInspector);
        ImGui::MenuItem("Filters", nullptr, &m_settings.showFilters);
        ImGui::MenuItem("Articles", nullptr, &m_settings.showArticles);
        ImGui::MenuItem("Search", "Ctrl+F", &m_settings.showSearch);
        ImGui::MenuItem("Path", nullptr, &m_settings.showPath);
        ImGui::MenuItem("Statistics", nullptr, &m_settings.showStatistics);
        ImGui::MenuItem("Layout", nullptr, &m_settings.showLayout);
        ImGui::Separator();
        ImGui::MenuItem("Labels", nullptr, &m_settings.showLabels);
        ImGui::MenuItem("Co-occurrence edges", nullptr, &m_style.showCooccurrence);
        if (ImGui::MenuItem("Fit", "F")) fitView();
        if (ImGui::MenuItem("Zoom to selection", "Z")) zoomToSelection();
        ImGui::Separator();
        drawAppearanceMenu();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Layout")) {
        const bool paused = m_layout.paused();
        if (ImGui::MenuItem(paused ? "Resume force layout" : "Pause force layout", "Space"))
            togglePause();
        if (ImGui::MenuItem("Reheat")) m_layout.reheat();
        if (ImGui::MenuItem("Unpin all")) unpinAll();
        ImGui::MenuItem("Layout panel...", nullptr, &m_settings.showLayout);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void App::showError(std::string message) {
    std::fprintf(stderr, "entgraph: %s\n", message.c_str());
    m_errorLog.push_back(message);
    m_errors.push_back(std::move(message));
}

void App::showInfo(std::string message) {
    m_infos.emplace_back(std::move(message), std::chrono::steady_clock::now());
}

void App::drawMessages() {
    // Errors and notes stack in the top-right corner; errors stay until dismissed,
    // notes go by themselves after a few seconds.
    const ImGuiIO& io = ImGui::GetIO();
    const auto now = std::chrono::steady_clock::now();
    std::erase_if(m_infos,
                  [&](const auto& note) { return now - note.second > std::chrono::seconds(6); });
    float y = ImGui::GetFrameHeight() + 8.0f;
    auto textOf = [](const auto& item) -> const std::string& {
        if constexpr (std::is_same_v<std::decay_t<decltype(item)>, std::string>)
            return item;
        else
            return item.first;
    };
    auto show = [&](auto& list, const char* kind, ImVec4 color) {
        for (size_t k = 0; k < list.size();) {
            ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 12.0f, y), ImGuiCond_Always,
                                    ImVec2(1, 0));
            ImGui::SetNextWindowSizeConstraints(ImVec2(200, 0), ImVec2(520, 300));
            const std::string id = std::string("##") + kind + std::to_string(k);
            bool dismiss = false;
            if (ImGui::Begin(id.c_str(), nullptr,
                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing)) {
                ImGui::PushTextWrapPos(500.0f);
                ImGui::TextColored(color, "%s", kind);
                ImGui::TextUnformatted(textOf(list[k]).c_str());
                ImGui::PopTextWrapPos();
                dismiss = ImGui::SmallButton("Dismiss");
                y += ImGui::GetWindowHeight() + 6.0f;
            }
            ImGui::End();
            if (dismiss)
                list.erase(list.begin() + static_cast<long>(k));
            else
                ++k;
        }
    };
    show(m_errors, "Error", ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
    show(m_infos, "Note", ImVec4(0.5f, 0.8f, 1.0f, 1.0f));
}

}  // namespace entgraph::gui
