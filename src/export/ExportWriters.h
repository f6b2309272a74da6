#pragma once
// The writers behind exportGraph, one per format family, each returning the file's bytes
// (exportGraph writes them atomically).  Split out so tests and the GUI can produce a
// document without touching the disk.
#include <string>
#include <string_view>

#include "export/Exporter.h"

namespace entgraph::exporters {

// svg, png, pdf: Graphviz renders the graph at the attributes' positions ("nop2"), with
// entgraph's style and, when asked, a legend of the entity types present right of it.
std::string diagram(const EntityGraph& graph, const GraphAttributes& attributes,
                    ExportFormat format, const ExportOptions& options);
// DOT with pos/width/height and the entity data as extra attributes.
std::string dot(const EntityGraph& graph, const GraphAttributes& attributes);
std::string graphml(const EntityGraph& graph, const GraphAttributes& attributes);
std::string gexf(const EntityGraph& graph, const GraphAttributes& attributes);
std::string json(const EntityGraph& graph, const GraphAttributes& attributes);
std::string csvEdges(const EntityGraph& graph);
std::string csvNodes(const EntityGraph& graph, const GraphAttributes& attributes);

// Shared helpers.
std::string xmlEscape(std::string_view text);  // valid UTF-8, &<>"' escaped
std::string csvField(std::string_view text);   // RFC 4180 quoting where needed
std::string joined(const std::vector<std::string>& parts, std::string_view separator);
// The sentence text of a span of an article ("" when out of range).
std::string_view spanText(const EntityGraph& graph, uint32_t article, ByteSpan span);
// "12" for whole numbers, "2.5" otherwise (locale independent).
std::string numberText(double v);
// The node table path beside an edge table: "x.csv" -> "x.nodes.csv".
std::string nodesCsvPath(const std::string& edgesPath);

}  // namespace entgraph::exporters
