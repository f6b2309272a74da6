#include "layout/Graphviz.h"

#include <graphviz/textspan.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "core/Error.h"

// Exported by libgvc but not declared in its public headers: the same text sizing Graphviz
// uses for node labels (pango when its plugin is loaded, estimation tables otherwise).
extern "C" pointf textspan_size(GVC_t* gvc, textspan_t* span);

namespace entgraph::gv {

namespace {

char* mut(const std::string& s) {
    return const_cast<char*>(s.c_str());
}

// Errors reported by Graphviz while a GvSession is active (guarded by graphvizLock()).
std::string g_errors;
int g_sessionDepth = 0;

int collectError(char* message) {
    if (message) g_errors += message;
    return 0;
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace

std::unique_lock<std::recursive_mutex> graphvizLock() {
    static std::recursive_mutex mutex;
    return std::unique_lock<std::recursive_mutex>(mutex);
}

// ---------------------------------------------------------------- GvSession

GvSession::GvSession() {
    if (g_sessionDepth++ == 0) {
        g_errors.clear();
        agseterr(AGERR);  // warnings are not errors: see the header
        agseterrf(collectError);
    }
}

GvSession::~GvSession() {
    if (--g_sessionDepth == 0) {
        agseterrf(nullptr);  // back to stderr
        agseterr(AGWARN);
    }
}

std::string GvSession::errors() const {
    return trimmed(g_errors);
}
void GvSession::clear() {
    g_errors.clear();
}

// ---------------------------------------------------------------- GvContext

GvContext::GvContext() : m_gvc(gvContext()) {
    if (!m_gvc) throw Error("Graphviz could not be initialised (gvContext failed)");
}

GvContext::~GvContext() {
    if (m_gvc) gvFreeContext(m_gvc);
}

GvContext::GvContext(GvContext&& other) noexcept : m_gvc(other.m_gvc) {
    other.m_gvc = nullptr;
}

GvContext& GvContext::operator=(GvContext&& other) noexcept {
    if (this != &other) {
        if (m_gvc) gvFreeContext(m_gvc);
        m_gvc = other.m_gvc;
        other.m_gvc = nullptr;
    }
    return *this;
}

GvContext& sharedContext() {
    static GvContext context;
    return context;
}

// ---------------------------------------------------------------- GvGraph

GvGraph::GvGraph(const std::string& name) {
    m_graph = agopen(mut(name), Agundirected, nullptr);
    if (!m_graph) throw Error("Graphviz could not create a graph (out of memory?)");
}

GvGraph GvGraph::fromDot(const std::string& dotText) {
    GvSession session;
    Agraph_t* g = agmemread(dotText.c_str());
    if (!g) {
        const std::string why = session.errors();
        throw Error("not a valid DOT graph" + (why.empty() ? std::string() : ": " + why));
    }
    return GvGraph(g);
}

GvGraph::~GvGraph() {
    release();
}

void GvGraph::release() {
    if (!m_graph) return;
    if (m_laidOut) gvFreeLayout(sharedContext().get(), m_graph);
    agclose(m_graph);
    m_graph = nullptr;
    m_laidOut = false;
}

GvGraph::GvGraph(GvGraph&& other) noexcept : m_graph(other.m_graph), m_laidOut(other.m_laidOut) {
    other.m_graph = nullptr;
    other.m_laidOut = false;
}

GvGraph& GvGraph::operator=(GvGraph&& other) noexcept {
    if (this != &other) {
        release();
        m_graph = other.m_graph;
        m_laidOut = other.m_laidOut;
        other.m_graph = nullptr;
        other.m_laidOut = false;
    }
    return *this;
}

Agnode_t* GvGraph::addNode(const std::string& name) {
    Agnode_t* n = agnode(m_graph, name.empty() ? nullptr : mut(name), 1);
    if (!n) throw Error("Graphviz could not create node " + name);
    return n;
}

Agedge_t* GvGraph::addEdge(Agnode_t* tail, Agnode_t* head) {
    Agedge_t* e = agedge(m_graph, tail, head, nullptr, 1);
    if (!e) throw Error("Graphviz could not create an edge");
    return e;
}

void GvGraph::set(const std::string& name, const std::string& value) {
    static const std::string empty;
    agsafeset(m_graph, mut(name), mut(value), mut(empty));
}

void GvGraph::set(Agnode_t* node, const std::string& name, const std::string& value) {
    static const std::string empty;
    agsafeset(node, mut(name), mut(value), mut(empty));
}

void GvGraph::set(Agedge_t* edge, const std::string& name, const std::string& value) {
    static const std::string empty;
    agsafeset(edge, mut(name), mut(value), mut(empty));
}

std::string GvGraph::get(const std::string& name) const {
    const char* v = agget(m_graph, mut(name));
    return v ? v : "";
}

std::string GvGraph::get(Agnode_t* node, const std::string& name) {
    const char* v = agget(node, mut(name));
    return v ? v : "";
}

void GvGraph::layout(const std::string& engine) {
    GVC_t* gvc = sharedContext().get();
    if (m_laidOut) {
        gvFreeLayout(gvc, m_graph);
        m_laidOut = false;
    }
    GvSession session;
    const int rc = gvLayout(gvc, m_graph, engine.c_str());
    // gvLayout may have allocated layout data even when it fails: free it with the graph.
    m_laidOut = true;
    if (rc != 0) {
        const std::string why = session.errors();
        throw Error("Graphviz layout \"" + engine + "\" failed" +
                    (why.empty() ? std::string() : ": " + why));
    }
}

std::string GvGraph::render(const std::string& format) const {
    if (!m_laidOut) throw Error("internal: rendering a graph that was not laid out");
    GvSession session;
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(sharedContext().get(), m_graph, format.c_str(), &data, &length);
    // gvFreeRenderData frees what gvRenderData allocated, on every path.
    std::unique_ptr<char, void (*)(char*)> owned(data, [](char* p) {
        if (p) gvFreeRenderData(p);
    });
    if (rc != 0 || !data) {
        const std::string why = session.errors();
        throw Error("Graphviz could not render " + format +
                    (why.empty() ? std::string() : ": " + why));
    }
    return std::string(data, length);
}

// ---------------------------------------------------------------- text

TextSize measureText(std::string_view text, const std::string& fontName, double fontSize) {
    auto lock = graphvizLock();
    GvSession session;
    std::string str(text);
    textfont_t font{};
    font.name = mut(fontName);
    font.size = fontSize;
    textspan_t span{};
    span.str = str.data();
    span.font = &font;
    span.just = 'n';
    const pointf size = textspan_size(sharedContext().get(), &span);
    if (span.layout && span.free_layout) span.free_layout(span.layout);
    return {size.x, size.y};
}

std::string validUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        size_t len = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (size_t k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                   (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (!ok) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (len == 1 && cp < 0x20 && cp != '\t' && cp != '\n') {
            ++i;
            continue;
        }
        if (len == 1 && cp == 0x7F) {
            ++i;
            continue;
        }
        out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::string escapeLabel(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\') out += '\\';
        out += c;
    }
    return out;
}

}  // namespace entgraph::gv
