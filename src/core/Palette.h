#pragma once
// The visual language of entity types, shared by the exports and the GUI so that what
// is on screen and what is exported look the same.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/Types.h"

namespace entgraph {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

// Fill colour of a node of this type (colour-blind-friendly, readable with dark text).
Rgb entityColor(EntityType type);
// "#rrggbb"
std::string toHex(Rgb c);
// Graphviz shape name for the type: ellipse, box, hexagon, ...
std::string_view entityShape(EntityType type);
// Human label for legends: "Person", "Military unit", ...
std::string_view entityTypeLabel(EntityType type);

}  // namespace entgraph
