#include "core/Palette.h"

#include <array>
#include <cstdio>

namespace entgraph {

namespace {
// Light tints of the Okabe-Ito/Tableau hues: distinct, and black text stays readable.
constexpr std::array<Rgb, kEntityTypeCount> kColors = {{
    {0x8e, 0xc5, 0xf2},  // Person: blue
    {0xf6, 0xb2, 0x6b},  // Organization: orange
    {0x9b, 0xd8, 0x8e},  // Location: green
    {0xd9, 0xb8, 0xf0},  // Nationality: lavender
    {0xe8, 0x8a, 0x8a},  // Military unit: red
    {0xb0, 0xb0, 0xb0},  // Weapon: grey
    {0xf2, 0xe2, 0x7d},  // Event: yellow
    {0xc8, 0xe6, 0xe6},  // Date: pale teal
    {0xa8, 0xdd, 0xb5},  // Money: mint
    {0xe6, 0xd5, 0xc3},  // Quantity: sand
    {0xf0, 0xa8, 0xd0},  // Vessel: pink (far from the blues of people and dates)
}};
constexpr std::array<std::string_view, kEntityTypeCount> kShapes = {
    "ellipse",       "box",  "hexagon",   "octagon", "diamond",  "triangle",
    "doubleoctagon", "note", "component", "cds",     "invhouse",
};
constexpr std::array<std::string_view, kEntityTypeCount> kLabels = {
    "Person", "Organization", "Location", "Nationality", "Military unit", "Weapon",
    "Event",  "Date",         "Money",    "Quantity",    "Vessel",
};
}  // namespace

Rgb entityColor(EntityType type) {
    return kColors[static_cast<size_t>(type)];
}

std::string toHex(Rgb c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string_view entityShape(EntityType type) {
    return kShapes[static_cast<size_t>(type)];
}
std::string_view entityTypeLabel(EntityType type) {
    return kLabels[static_cast<size_t>(type)];
}

}  // namespace entgraph
