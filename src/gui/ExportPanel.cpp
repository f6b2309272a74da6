// File -> Export: what is on screen (visible nodes and edges, positions, colours,
// labels) in any exporter format, or a PNG snapshot of the canvas at a chosen size.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

#include "gui/App.h"

namespace entgraph::gui {

namespace {
constexpr ExportFormat kFormats[] = {ExportFormat::Svg,  ExportFormat::Png,     ExportFormat::Pdf,
                                     ExportFormat::Dot,  ExportFormat::GraphML, ExportFormat::Gexf,
                                     ExportFormat::Json, ExportFormat::Csv};
constexpr const char* kExtensions[] = {".svg",     ".png",  ".pdf",  ".dot",
                                       ".graphml", ".gexf", ".json", ".csv"};
constexpr const char* kNames[] = {"SVG",
                                  "PNG (Graphviz)",
                                  "PDF",
                                  "DOT",
                                  "GraphML",
                                  "GEXF",
                                  "JSON",
                                  "CSV",
                                  "PNG snapshot of the canvas"};
}  // namespace

void ExportPanel::draw(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(480, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin("Export", &m_visible, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    Scene* scene = app.scene();
    if (!scene) {
        ImGui::TextDisabled("Nothing to export: open articles first.");
        ImGui::End();
        return;
    }
    const bool snapshot = m_format == 8;
    if (m_path.empty()) {
        std::error_code ec;
        const std::string folder = app.settings().lastFolder.empty()
                                       ? std::filesystem::current_path(ec).string()
                                       : app.settings().lastFolder;
        m_path = (std::filesystem::path(folder) / "entgraph").string() + kExtensions[0];
    }
    const int before = m_format;
    ImGui::Combo("Format", &m_format, kNames, IM_ARRAYSIZE(kNames));
    app.noteWidget("export.format");
    if (m_format != before) {
        // Follow the format with the file extension.
        const std::string ext = m_format == 8 ? ".png" : kExtensions[m_format];
        m_path = std::filesystem::path(m_path).replace_extension(ext).string();
    }
    ImGui::SetNextItemWidth(360);
    ImGui::InputText("File", &m_path);
    app.noteWidget("export.file");
    if (snapshot) {
        ImGui::InputInt("Width", &m_width, 100);
        app.noteWidget("export.width");
        ImGui::InputInt("Height", &m_height, 100);
        app.noteWidget("export.height");
        ImGui::TextDisabled("The labels are placed as on screen and scaled to this size.");
        m_width = std::clamp(m_width, 16, 16384);
        m_height = std::clamp(m_height, 16, 16384);
    }
    ImGui::Text("%zu entities and %zu links on screen will be exported.", scene->visibleNodeCount(),
                scene->visibleEdgeCount());
    BackgroundTask& task = app.exportTask();
    if (task.running()) {
        ImGui::ProgressBar(static_cast<float>(task.progress()), ImVec2(-1, 0),
                           task.label().c_str());
    } else {
        const bool go = ImGui::Button("Export");
        app.noteWidget("export.button");
        if (go) {
            if (snapshot)
                app.snapshot(m_path, m_width, m_height);
            else
                app.exportVisible(kFormats[m_format], m_path);
            m_visible = false;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Close")) m_visible = false;
    ImGui::End();
}

}  // namespace entgraph::gui
