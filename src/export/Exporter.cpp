#include "export/Exporter.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/Error.h"
#include "export/AtomicFile.h"
#include "export/ExportWriters.h"

namespace entgraph {

namespace {

struct FormatName {
    ExportFormat format;
    std::string_view name;
};
constexpr std::array<FormatName, 8> kFormats = {{
    {ExportFormat::Svg, "svg"},
    {ExportFormat::Png, "png"},
    {ExportFormat::Pdf, "pdf"},
    {ExportFormat::Dot, "dot"},
    {ExportFormat::GraphML, "graphml"},
    {ExportFormat::Gexf, "gexf"},
    {ExportFormat::Json, "json"},
    {ExportFormat::Csv, "csv"},
}};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::optional<ExportFormat> parseExportFormat(std::string_view name) {
    const std::string n = lower(name);
    if (n == "gv") return ExportFormat::Dot;
    for (const FormatName& f : kFormats)
        if (f.name == n) return f.format;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(std::string_view path) {
    const size_t slash = path.find_last_of('/');
    const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const size_t dot = file.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    return parseExportFormat(file.substr(dot + 1));
}

std::string_view exportFormatName(ExportFormat format) {
    for (const FormatName& f : kFormats)
        if (f.format == format) return f.name;
    return "?";
}

void exportGraph(const EntityGraph& graph, const GraphAttributes& attributes, ExportFormat format,
                 const std::string& path, const ExportOptions& options) {
    if (path.empty()) throw Error("no output file given");
    if (attributes.size() != graph.nodeCount())
        throw Error("cannot export " + path + ": the layout is for " +
                    std::to_string(attributes.size()) + " nodes but the graph has " +
                    std::to_string(graph.nodeCount()));
    std::string data;
    try {
        switch (format) {
            case ExportFormat::Svg:
            case ExportFormat::Png:
            case ExportFormat::Pdf:
                data = exporters::diagram(graph, attributes, format, options);
                break;
            case ExportFormat::Dot:
                data = exporters::dot(graph, attributes);
                break;
            case ExportFormat::GraphML:
                data = exporters::graphml(graph, attributes);
                break;
            case ExportFormat::Gexf:
                data = exporters::gexf(graph, attributes);
                break;
            case ExportFormat::Json:
                data = exporters::json(graph, attributes);
                break;
            case ExportFormat::Csv:
                writeFilesAtomically(
                    {{path, exporters::csvEdges(graph)},
                     {exporters::nodesCsvPath(path), exporters::csvNodes(graph, attributes)}});
                return;
        }
    } catch (const Error& e) {
        throw Error("cannot export " + path + ": " + e.what());
    }
    writeFileAtomically(path, data);
}

}  // namespace entgraph
