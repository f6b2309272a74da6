#include "layout/LayoutEngine.h"

#include "core/Error.h"
#include "layout/ForceLayout.h"
#include "layout/GraphvizLayout.h"

namespace entgraph {

std::unique_ptr<LayoutEngine> makeLayoutEngine(std::string_view name) {
    if (name == "force") return makeForceLayoutEngine();
    if (auto engine = makeGraphvizLayoutEngine(name)) return engine;
    std::string known;
    for (const std::string& n : layoutEngineNames()) known += (known.empty() ? "" : ", ") + n;
    throw Error("unknown layout engine \"" + std::string(name) + "\" (known: " + known + ")");
}

std::vector<std::string> layoutEngineNames() {
    return {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "force"};
}

}  // namespace entgraph
