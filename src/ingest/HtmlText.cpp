#include "ingest/HtmlText.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <mutex>
#include <string>

#include "ingest/InputSource.h"
#include "ingest/LibXml.h"
#include "ingest/Utf8.h"

namespace entgraph::ingest {

// ---------------------------------------------------------------- libxml2 helpers

void ensureLibXmlInitialised() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

namespace {
void ignoreGeneric(void*, const char*, ...) {}
void ignoreStructured(void*, xmlErrorPtr) {}
}  // namespace

LibXmlSilence::LibXmlSilence()
    : m_generic(xmlGenericError),
      m_genericContext(xmlGenericErrorContext),
      m_structured(xmlStructuredError),
      m_structuredContext(xmlStructuredErrorContext) {
    xmlSetGenericErrorFunc(nullptr, &ignoreGeneric);
    xmlSetStructuredErrorFunc(nullptr, &ignoreStructured);
}

LibXmlSilence::~LibXmlSilence() {
    xmlSetGenericErrorFunc(m_genericContext, m_generic);
    xmlSetStructuredErrorFunc(m_structuredContext, m_structured);
}

std::string nodeContent(const xmlNode* node) {
    XmlStringPtr s(xmlNodeGetContent(node));
    return std::string(xmlView(s.get()));
}

std::string attribute(const xmlNode* node, const char* name) {
    XmlStringPtr s(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
    return std::string(xmlView(s.get()));
}

namespace {

// ---------------------------------------------------------------- element classes

std::string lowerName(const xmlNode* node) {
    std::string name(xmlView(node->name));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
}

template <size_t N>
bool isOneOf(const std::string& name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Page furniture and non-text content: never part of the article.
constexpr std::array<std::string_view, 18> kDropped = {
    "script", "style", "nav",    "header", "footer", "aside", "noscript", "form",  "template",
    "iframe", "svg",   "button", "select", "head",   "title", "object",   "embed", "canvas"};

constexpr std::array<std::string_view, 40> kBlocks = {
    "address", "article", "blockquote", "body",  "caption", "center",   "dd",         "details",
    "dialog",  "dir",     "div",        "dl",    "dt",      "fieldset", "figcaption", "figure",
    "h1",      "h2",      "h3",         "h4",    "h5",      "h6",       "hgroup",     "hr",
    "html",    "legend",  "li",         "main",  "menu",    "ol",       "p",          "pre",
    "section", "summary", "table",      "tbody", "tfoot",   "thead",    "tr",         "ul"};

// ---------------------------------------------------------------- the walk

class HtmlWalker {
public:
    explicit HtmlWalker(TextBuilder& out) : m_out(out) {}

    void walkChildren(const xmlNode* parent) { walkNodes(parent->children); }
    // `first` and its following siblings.
    void walkNodes(const xmlNode* first) {
        for (const xmlNode* n = first; n; n = n->next) walk(n);
    }

private:
    void walk(const xmlNode* n) {
        switch (n->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                if (m_preDepth > 0)
                    m_out.addVerbatim(xmlView(n->content));
                else
                    m_out.addText(xmlView(n->content));
                return;
            case XML_ELEMENT_NODE:
                walkElement(n);
                return;
            default:
                return;  // comments, processing instructions, DTD nodes
        }
    }

    void walkElement(const xmlNode* n) {
        const std::string name = lowerName(n);
        // An article's own <header> carries its headline; only page headers are furniture.
        const bool keptHeader = name == "header" && m_articleDepth > 0;
        if (isOneOf(name, kDropped) && !keptHeader) return;
        if (name == "br") {
            m_out.lineBreak();
            return;
        }
        if (name == "td" || name == "th") {
            m_out.addSpace();
            walkChildren(n);
            m_out.addSpace();
            return;
        }
        const bool block = keptHeader || isOneOf(name, kBlocks);
        const bool pre = name == "pre";
        const bool article = name == "article";
        if (block) m_out.paragraphBreak();
        m_preDepth += pre;
        m_articleDepth += article;
        walkChildren(n);
        m_preDepth -= pre;
        m_articleDepth -= article;
        if (block) m_out.paragraphBreak();
    }

    TextBuilder& m_out;
    int m_preDepth = 0;
    int m_articleDepth = 0;
};

const xmlNode* findElement(const xmlNode* node, std::string_view name) {
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const std::string own = lowerName(n);
        if (own == name) return n;
        if (own == "svg" || own == "script" || own == "style") continue;
        if (const xmlNode* found = findElement(n->children, name)) return found;
    }
    return nullptr;
}

std::string elementText(const xmlNode* n) {
    if (!n) return {};
    TextBuilder b;
    HtmlWalker(b).walkChildren(n);
    return collapseWhitespace(b.finish());
}

// The charset a document declares in a <meta> or an XML declaration ("" when none),
// lower-cased.  Browsers look at the first 1024 bytes; a little more does no harm.
std::string declaredCharset(std::string_view bytes) {
    std::string head(bytes.substr(0, 4096));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::string_view key : {std::string_view("charset="), std::string_view("encoding=")}) {
        size_t at = head.find(key);
        if (at == std::string::npos) continue;
        at += key.size();
        while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
        size_t end = at;
        while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                                     head[end] == '-' || head[end] == '_' || head[end] == ':'))
            ++end;
        if (end > at) return head.substr(at, end - at);
    }
    return {};
}

}  // namespace

std::string nodeChildrenToText(const xmlNode* node) {
    TextBuilder b;
    HtmlWalker(b).walkChildren(node);
    return b.finish();
}

ExtractedText htmlToText(std::string_view bytes) {
    ensureLibXmlInitialised();
    bytes = skipBom(bytes);
    const std::string charset = declaredCharset(bytes);
    const bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8";
    // Without a declaration libxml2 2.9 assumes ISO-8859-1, and on a bad UTF-8 byte it
    // switches the rest of the page to it: hand it clean UTF-8 and say so.
    std::string clean;
    if (utf8) {
        clean = sanitizeUtf8(bytes);
        bytes = clean;
    }
    ExtractedText result;
    if (bytes.empty()) return result;
    if (bytes.size() > static_cast<size_t>(INT_MAX))  // libxml2 takes an int length
        throw InputError("HTML over 2 GiB is more than the parser can take");
    const LibXmlSilence silence;
    const int options =
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    XmlDocPtr doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr,
                                 utf8 ? "UTF-8" : nullptr, options));
    if (!doc) return result;
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) return result;

    result.title = elementText(findElement(root, "title"));
    result.heading = elementText(findElement(root, "h1"));

    TextBuilder b;
    HtmlWalker(b).walkNodes(doc->children);
    result.text = b.finish();
    return result;
}

}  // namespace entgraph::ingest
