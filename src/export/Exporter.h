#pragma once
// Writing a laid-out graph to a file.  The same function serves the CLI (`export`) and
// the GUI (File -> Export of what is on screen), so both produce identical files for the
// same graph and attributes.
//
// Diagrams (svg, png, pdf) are rendered by Graphviz with entgraph's style and a legend of
// entity types, at the positions in `attributes` (no new layout).  Data formats carry
// every attribute: dot (with positions), graphml, gexf, json (nodes, edges, evidence),
// csv (edge table at PATH, node table at PATH-without-.csv + ".nodes.csv").
#include <optional>
#include <string>
#include <string_view>

#include "graph/EntityGraph.h"
#include "layout/GraphAttributes.h"

namespace entgraph {

enum class ExportFormat { Svg, Png, Pdf, Dot, GraphML, Gexf, Json, Csv };

std::optional<ExportFormat> parseExportFormat(std::string_view name);     // "svg", "graphml", ...
std::optional<ExportFormat> exportFormatFromPath(std::string_view path);  // by extension
std::string_view exportFormatName(ExportFormat format);

struct ExportOptions {
    bool legend = true;  // diagrams: a legend of the entity types present
};

// Throws entgraph::Error when the file cannot be written or rendering fails.
void exportGraph(const EntityGraph& graph, const GraphAttributes& attributes, ExportFormat format,
                 const std::string& path, const ExportOptions& options = {});

}  // namespace entgraph
