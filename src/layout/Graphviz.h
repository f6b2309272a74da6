#pragma once
// The one place entgraph touches Graphviz's C API (cgraph + gvc), shared by the layout
// engines and the diagram exports.
//
// - GvContext and GvGraph are move-only owners of GVC_t and Agraph_t: a graph that was laid
//   out is freed with gvFreeLayout before agclose, so no path (exceptions included) leaks.
// - Graphviz keeps global state (engine parameters, error handler, random seed) and is not
//   thread-safe: every use holds graphvizLock() for its whole duration.  The GUI's layout
//   worker and an export on another thread therefore serialise instead of corrupting each
//   other.
// - The C API takes char* for strings it never modifies; the const_casts live here only.
// - Graphviz reports problems through agerr (stderr by default).  While a GvSession is alive
//   errors are collected instead, so a failure becomes an entgraph::Error that says why.
#include <mutex>
#include <string>
#include <string_view>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace entgraph::gv {

// Held while calling into Graphviz (recursive: helpers may nest).
std::unique_lock<std::recursive_mutex> graphvizLock();

class GvContext {
public:
    // Loads Graphviz's plugins (layout engines, cairo and pango renderers).
    GvContext();
    ~GvContext();
    GvContext(GvContext&& other) noexcept;
    GvContext& operator=(GvContext&& other) noexcept;
    GvContext(const GvContext&) = delete;
    GvContext& operator=(const GvContext&) = delete;

    GVC_t* get() const { return m_gvc; }

private:
    GVC_t* m_gvc = nullptr;
};

// Process-wide context, created on first use (plugin loading costs a few milliseconds).
// Only use it while holding graphvizLock().
GvContext& sharedContext();

class GvGraph {
public:
    // An empty undirected (non-strict) graph.
    explicit GvGraph(const std::string& name = "G");
    // Parses DOT text; throws Error with Graphviz's message when it is not valid DOT.
    static GvGraph fromDot(const std::string& dotText);
    ~GvGraph();
    GvGraph(GvGraph&& other) noexcept;
    GvGraph& operator=(GvGraph&& other) noexcept;
    GvGraph(const GvGraph&) = delete;
    GvGraph& operator=(const GvGraph&) = delete;

    Agraph_t* get() const { return m_graph; }

    // An empty name makes an anonymous node.  cgraph orders named objects by the address
    // of their interned name, which differs from run to run inside one process; anonymous
    // ids follow creation order, so engines that iterate by id (fdp) stay deterministic.
    Agnode_t* addNode(const std::string& name);
    Agedge_t* addEdge(Agnode_t* tail, Agnode_t* head);

    // Attribute setters: declare the attribute (default "") on first use.
    void set(const std::string& name, const std::string& value);  // graph attribute
    static void set(Agnode_t* node, const std::string& name, const std::string& value);
    static void set(Agedge_t* edge, const std::string& name, const std::string& value);
    // "" when the attribute is unset or undeclared.
    std::string get(const std::string& name) const;
    static std::string get(Agnode_t* node, const std::string& name);

    // Runs a layout engine ("dot", "neato", "nop2", ...) with the shared context.
    // Throws Error with Graphviz's messages on failure.  A previous layout is freed first.
    void layout(const std::string& engine);
    bool laidOut() const { return m_laidOut; }

    // Renders to memory ("svg", "png:cairo", "pdf:cairo", "dot"); needs layout() first.
    std::string render(const std::string& format) const;

private:
    explicit GvGraph(Agraph_t* adopted) : m_graph(adopted) {}
    void release();

    Agraph_t* m_graph = nullptr;
    bool m_laidOut = false;
};

// Collects Graphviz errors while alive (needs graphvizLock()).  Warnings are dropped:
// they are advice for command-line dot users ("some nodes overlap, using lines").
class GvSession {
public:
    GvSession();
    ~GvSession();
    GvSession(const GvSession&) = delete;
    GvSession& operator=(const GvSession&) = delete;
    // The errors collected so far, one per line, or "" when none.
    std::string errors() const;
    void clear();
};

// Text metrics with the font Graphviz will use (pango/cairo when the plugin is present,
// Graphviz's estimation tables otherwise).  Width and height of one line, in points.
struct TextSize {
    double width = 0, height = 0;
};
TextSize measureText(std::string_view text, const std::string& fontName, double fontSize);

// Replaces bytes that are not valid UTF-8 with U+FFFD and drops control characters other
// than tab and newline: labels and XML must never carry either.
std::string validUtf8(std::string_view text);

// Escapes a plain string for a Graphviz label attribute: backslashes are doubled so
// names such as "C:\News" are not read as escape sequences (\N, \G, \n ...).
std::string escapeLabel(std::string_view text);

}  // namespace entgraph::gv
