#include "gui/TextUtil.h"

namespace entgraph::gui {

std::string foldCase(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            continue;
        }
        if (i + 1 < s.size() && (c == 0xC3 || c == 0xD0)) {
            auto d = static_cast<unsigned char>(s[i + 1]);
            if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
                d += 0x20;  // À..Þ -> à..þ
            } else if (c == 0xD0 && d >= 0x90 && d <= 0x9F) {
                d += 0x20;  // А..П -> а..п
            } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) {
                out.push_back(static_cast<char>(0xD1));  // Р..Я -> р..я
                out.push_back(static_cast<char>(d - 0x20));
                ++i;
                continue;
            }
            out.push_back(static_cast<char>(c));
            out.push_back(static_cast<char>(d));
            ++i;
            continue;
        }
        out.push_back(static_cast<char>(c));
    }
    return out;
}

std::string displaySentence(std::string_view s, size_t maxBytes) {
    std::string out;
    bool space = false;
    for (char ch : s) {
        const bool ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
        if (ws) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' '), space = false;
        out.push_back(ch);
    }
    if (out.size() > maxBytes) {
        size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
        out += "\xE2\x80\xA6";
    }
    return out;
}

}  // namespace entgraph::gui
