// The App's work between frames: theme and font size applied live (ImGui colours, canvas
// colours, the font atlas rebuilt with its OpenGL texture) and the canvas snapshot with
// its labels, which needs a font at the image's scale.
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "gui/App.h"

namespace entgraph::gui {

namespace {

// DejaVu Sans covers Latin and Cyrillic; ImGui's own font is the fallback.  News text
// also needs typographic punctuation (curly quotes, dashes) and currency signs (euro,
// pound, rouble...), which ImGui's preset ranges leave out.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A/B
    0x0400, 0x052F,  // Cyrillic and its supplement
    0x2000, 0x206F,  // General Punctuation
    0x20A0, 0x20CF,  // Currency Symbols
    0x2100, 0x214F,  // Letterlike Symbols (No, TM)
    0,
};
constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// The atlas keeps a pointer to a font's glyph ranges until it is built again.
ImVector<ImWchar>& extraRanges() {
    static ImVector<ImWchar> ranges;
    return ranges;
}

void reuploadFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace

ImFont* App::loadFonts(float px, float extraPx, const std::string& extraText) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    std::error_code ec;
    const bool haveFile = std::filesystem::exists(kFontPath, ec);
    if (haveFile) atlas->AddFontFromFileTTF(kFontPath, px, nullptr, kGlyphRanges);
    if (atlas->Fonts.empty()) {
        ImFontConfig config;
        config.SizePixels = std::round(px);
        atlas->AddFontDefault(&config);
    }
    ImFont* extra = nullptr;
    if (extraPx > 0.0f) {
        // Only the glyphs the labels use: a big font over every range would not fit a
        // texture.
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(atlas->GetGlyphRangesDefault());
        builder.AddText(extraText.c_str(), extraText.c_str() + extraText.size());
        extraRanges().clear();
        builder.BuildRanges(&extraRanges());
        if (haveFile)
            extra = atlas->AddFontFromFileTTF(kFontPath, extraPx, nullptr, extraRanges().Data);
        if (!extra) {
            ImFontConfig config;
            config.SizePixels = std::round(extraPx);
            extra = atlas->AddFontDefault(&config);
        }
    }
    atlas->Build();
    return extra;
}

void App::applyCanvasTheme() {
    const CanvasStyle dark;
    const float lightBg[4] = {0.97f, 0.97f, 0.96f, 1.0f},
                lightEdge[4] = {0.25f, 0.27f, 0.32f, 0.55f},
                lightCo[4] = {0.35f, 0.37f, 0.42f, 0.3f}, lightHl[4] = {0.85f, 0.35f, 0.0f, 1.0f},
                lightHover[4] = {0.0f, 0.0f, 0.0f, 1.0f};
    const bool d = m_settings.darkTheme;
    std::copy_n(d ? dark.background : lightBg, 4, m_style.background);
    std::copy_n(d ? dark.edge : lightEdge, 4, m_style.edge);
    std::copy_n(d ? dark.cooccurrence : lightCo, 4, m_style.cooccurrence);
    std::copy_n(d ? dark.highlight : lightHl, 4, m_style.highlight);
    std::copy_n(d ? dark.hover : lightHover, 4, m_style.hover);
}

void App::applyAppearance() {
    bool changed = false;
    if (m_settings.darkTheme != m_appliedDark) {
        m_appliedDark = m_settings.darkTheme;
        if (m_appliedDark)
            ImGui::StyleColorsDark();
        else
            ImGui::StyleColorsLight();
        applyCanvasTheme();
        changed = true;
    }
    if (m_settings.fontSize != m_appliedFontSize) {
        m_appliedFontSize = m_fontSizeDraft = m_settings.fontSize;
        loadFonts(m_settings.fontSize * m_fontScale);
        reuploadFontTexture();
        // Labels changed size: the layout makes room for them again.
        if (m_scene) m_layout.setBoxes(layoutBoxes());
        changed = true;
    }
    // Saved at once, not only on exit: the choice survives a crash.
    if (changed && m_options.benchFrames == 0) m_settings.save();
}

void App::drawAppearanceMenu() {
    if (ImGui::MenuItem("Dark theme", nullptr, m_settings.darkTheme))
        m_settings.darkTheme = !m_settings.darkTheme;
    noteWidget("menu.view.dark");
    // The atlas is rebuilt when the slider is let go, not on every step of a drag.
    ImGui::SliderFloat("Font size", &m_fontSizeDraft, 10.0f, 28.0f, "%.0f");
    noteWidget("menu.view.fontsize");
    if (ImGui::IsItemDeactivatedAfterEdit())
        m_settings.fontSize = std::clamp(std::round(m_fontSizeDraft), 8.0f, 40.0f);
}

void App::snapshot(const std::string& path, int width, int height) {
    if (!m_scene) return;
    m_pendingSnapshot = SnapshotRequest{path, width, height};
}

void App::takeSnapshot() {
    const SnapshotRequest req = *m_pendingSnapshot;
    m_pendingSnapshot.reset();
    if (!m_scene || req.width <= 0 || req.height <= 0) return;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    // The image shows the same view scaled by s (Canvas::renderImage); so do its labels.
    const double s = std::min(req.width / static_cast<double>(m_camera.width),
                              req.height / static_cast<double>(m_camera.height));
    const float screenPx = atlas->Fonts.empty() ? 13.0f : atlas->Fonts[0]->FontSize;
    const float labelPx = static_cast<float>(screenPx * s);
    const bool labels = m_settings.showLabels && !atlas->Fonts.empty();
    ImFont* font = labels ? atlas->Fonts[0] : nullptr;
    bool rebuilt = false;
    if (labels && s > 1.05) {
        // Sharp text at the image's scale: a second font at that size (capped; beyond
        // it the glyphs are scaled) holding the glyphs of the visible names.
        std::string text;
        for (size_t i = 0; i < m_scene->nodeCount(); ++i)
            if (m_scene->nodeVisible(i)) text += m_scene->node(i).name;
        font = loadFonts(m_appliedFontSize * m_fontScale, std::min(labelPx, 200.0f), text);
        reuploadFontTexture();
        rebuilt = true;
    }
    size_t drawn = 0;
    auto overlay = [&](const Camera& cam, float scale) {
        if (!font) return;
        const std::vector<PlacedLabel> placed =
            m_canvasView.placeLabels(*this, cam, font, labelPx, scale);
        drawn = placed.size();
        ImDrawList dl(ImGui::GetDrawListSharedData());
        dl._ResetForNewFrame();
        dl.PushTextureID(atlas->TexID);
        dl.PushClipRect(ImVec2(0, 0), ImVec2(cam.width, cam.height));
        drawLabelList(*this, dl, placed, font, labelPx, scale);
        ImDrawList* lists[] = {&dl};
        ImDrawData data;
        data.Valid = true;
        data.CmdLists = lists;
        data.CmdListsCount = 1;
        data.TotalVtxCount = dl.VtxBuffer.Size;
        data.TotalIdxCount = dl.IdxBuffer.Size;
        data.DisplayPos = ImVec2(0, 0);
        data.DisplaySize = ImVec2(cam.width, cam.height);
        data.FramebufferScale = ImVec2(1, 1);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
    };
    try {
        const auto pixels =
            m_canvas->renderImage(*m_scene, m_camera, req.width, req.height, m_style, overlay);
        writePng(req.path, req.width, req.height, pixels);
        showInfo("Saved a " + std::to_string(req.width) + "x" + std::to_string(req.height) +
                 " snapshot with " + std::to_string(drawn) + " labels to " + req.path);
    } catch (const std::exception& e) {
        showError(e.what());
    }
    if (rebuilt) {
        loadFonts(m_appliedFontSize * m_fontScale);
        reuploadFontTexture();
    }
}

}  // namespace entgraph::gui
