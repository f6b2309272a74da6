#pragma once
// Graphviz engines (dot, neato, fdp, sfdp, circo, twopi) behind LayoutEngine.
//
// Each engine lays out a Graphviz graph built from the EntityGraph with the node sizes in
// the attributes (grown where a label needs it: sizes are read back after layout), then
// copies ND_coord into the attributes.  neato, fdp and sfdp run with overlap=false and
// start=<seed>, so a seed always gives the same picture; neato and fdp honour pins
// (pos="x,y!"); in every engine pinned nodes end at exactly their given positions.
//
// Cancellation: Graphviz's gvLayout cannot be interrupted, so `cancel` is checked before
// and after it; a cancelled run throws Cancelled and leaves the attributes untouched.
// The guards (maxNodes) keep any single run to seconds, not minutes.
#include <memory>
#include <string>
#include <string_view>

#include "layout/LayoutEngine.h"

namespace entgraph {

// nullptr when `name` is not a Graphviz engine.
std::unique_ptr<LayoutEngine> makeGraphvizLayoutEngine(std::string_view name);

}  // namespace entgraph
