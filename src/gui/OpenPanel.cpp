// File -> Open: a small file browser.  Folders open on double-click; files are ticked
// and opened together, or the whole folder is opened; a path can be typed.  Articles are
// added to the open graph (extraction runs on a worker).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "gui/App.h"

namespace entgraph::gui {

namespace fs = std::filesystem;

void OpenPanel::open(App& app) {
    m_visible = true;
    std::error_code ec;
    m_folder = app.settings().lastFolder;
    if (m_folder.empty() || !fs::is_directory(m_folder, ec))
        m_folder = fs::current_path(ec).string();
    m_pathInput = m_folder;
    list();
}

void OpenPanel::list() {
    m_entries.clear();
    m_error.clear();
    std::error_code ec;
    fs::directory_iterator it(m_folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        m_error = "cannot list '" + m_folder + "': " + ec.message();
        return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        m_entries.push_back({name, it->is_directory(ec), false});
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.directory != b.directory) return a.directory;
        return a.name < b.name;
    });
}

void OpenPanel::draw(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560, 440), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Open articles", &m_visible)) {
        ImGui::End();
        return;
    }
    ImGui::SetNextItemWidth(-70);
    const bool go = ImGui::InputText("##path", &m_pathInput, ImGuiInputTextFlags_EnterReturnsTrue);
    app.noteWidget("open.path");
    ImGui::SameLine();
    const bool goButton = ImGui::Button("Go");
    app.noteWidget("open.go");
    if (goButton || go) {
        std::error_code ec;
        if (fs::is_directory(m_pathInput, ec)) {
            m_folder = m_pathInput;
            list();
        } else if (fs::exists(m_pathInput, ec)) {
            app.openPaths({m_pathInput});
            m_visible = false;
        } else {
            m_error = "'" + m_pathInput + "' does not exist";
        }
    }
    const bool up = ImGui::Button("Up");
    app.noteWidget("open.up");
    if (up) {
        m_folder = fs::path(m_folder).parent_path().string();
        if (m_folder.empty()) m_folder = "/";
        m_pathInput = m_folder;
        list();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", m_folder.c_str());
    if (!m_error.empty()) ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", m_error.c_str());
    const float footer = ImGui::GetFrameHeightWithSpacing() + 4.0f;
    ImGui::BeginChild("entries", ImVec2(0, -footer), true);
    std::string enter;
    for (auto& e : m_entries) {
        ImGui::PushID(e.name.c_str());
        if (e.directory) {
            if (ImGui::Selectable((e.name + "/").c_str(), false,
                                  ImGuiSelectableFlags_AllowDoubleClick) &&
                ImGui::IsMouseDoubleClicked(0))
                enter = e.name;
        } else {
            ImGui::Checkbox(e.name.c_str(), &e.selected);
        }
        app.noteWidget(("open.entry." + e.name).c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (!enter.empty()) {
        m_folder = (fs::path(m_folder) / enter).string();
        m_pathInput = m_folder;
        list();
    }
    std::vector<std::string> chosen;
    for (const auto& e : m_entries)
        if (e.selected) chosen.push_back((fs::path(m_folder) / e.name).string());
    ImGui::BeginDisabled(chosen.empty());
    const bool openChosen =
        ImGui::Button(("Open " + std::to_string(chosen.size()) + " selected").c_str());
    app.noteWidget("open.selected");
    if (openChosen) {
        app.openPaths(chosen);
        m_visible = false;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool openFolder = ImGui::Button("Open this folder");
    app.noteWidget("open.folder");
    if (openFolder) {
        app.openPaths({m_folder});
        m_visible = false;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) m_visible = false;
    app.noteWidget("open.cancel");
    ImGui::End();
}

}  // namespace entgraph::gui
