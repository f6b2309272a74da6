// File -> New workspace / Open workspace / Save as workspace / Import articles into the
// workspace: one small dialog with a path field (the Open articles browser covers picking
// files by clicking; here a typed path is enough).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

#include "gui/App.h"

namespace entgraph::gui {

namespace {
const char* titleOf(WorkspaceDialog::Mode m) {
    switch (m) {
        case WorkspaceDialog::Mode::New:
            return "New workspace";
        case WorkspaceDialog::Mode::Open:
            return "Open workspace";
        case WorkspaceDialog::Mode::SaveAs:
            return "Save as workspace";
        case WorkspaceDialog::Mode::Import:
            return "Import articles into workspace";
    }
    return "Workspace";
}
}  // namespace

void WorkspaceDialog::open(App& app, Mode mode) {
    m_visible = true;
    m_mode = mode;
    m_error.clear();
    std::error_code ec;
    std::filesystem::path folder = app.settings().lastFolder;
    if (folder.empty() || !std::filesystem::is_directory(folder, ec))
        folder = std::filesystem::current_path(ec);
    if (mode == Mode::Open && !app.settings().recentWorkspaces.empty())
        m_path = app.settings().recentWorkspaces.front();
    else if (mode == Mode::Import)
        m_path = folder.string();
    else
        m_path = (folder / "case.entgraph").string();
}

void WorkspaceDialog::draw(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin("Workspace###workspaceDialog", &m_visible)) {
        ImGui::End();
        return;
    }
    ImGui::TextUnformatted(titleOf(m_mode));
    ImGui::TextDisabled(m_mode == Mode::Import ? "Article file or folder:"
                                               : "Workspace file (.entgraph):");
    ImGui::SetNextItemWidth(-90);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputText("##wspath", &m_path, ImGuiInputTextFlags_EnterReturnsTrue);
    app.noteWidget("workspace.path");
    ImGui::SameLine();
    const bool go = ImGui::Button(m_mode == Mode::Open ? "Open" : "OK") || enter;
    app.noteWidget("workspace.ok");
    if (m_mode == Mode::New || m_mode == Mode::SaveAs)
        ImGui::TextDisabled("Edits are saved as you make them: there is no Save.");
    if (!m_error.empty()) ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "%s", m_error.c_str());
    ImGui::End();
    if (!go || m_path.empty()) return;
    std::error_code ec;
    m_error.clear();
    try {
        switch (m_mode) {
            case Mode::New:
                if (std::filesystem::exists(m_path, ec)) {
                    m_error = "'" + m_path + "' already exists";
                    return;
                }
                app.openWorkspace(m_path, true);
                break;
            case Mode::Open:
                app.openWorkspace(m_path);
                break;
            case Mode::SaveAs:
                if (std::filesystem::exists(m_path, ec)) {
                    m_error = "'" + m_path + "' already exists";
                    return;
                }
                app.saveAsWorkspace(m_path);
                break;
            case Mode::Import:
                app.importIntoWorkspace({m_path});
                break;
        }
        m_visible = false;
    } catch (const std::exception& e) {
        m_error = e.what();
    }
}

}  // namespace entgraph::gui
