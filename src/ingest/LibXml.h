#pragma once
// libxml2 handles wrapped once: documents, text readers and xmlChar strings free themselves.
// Internal to src/ingest.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <memory>
#include <string>
#include <string_view>

namespace entgraph::ingest {

struct XmlDocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct XmlReaderFree {
    void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
struct XmlStringFree {
    void operator()(xmlChar* s) const { xmlFree(s); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;
using XmlReaderPtr = std::unique_ptr<xmlTextReader, XmlReaderFree>;
using XmlStringPtr = std::unique_ptr<xmlChar, XmlStringFree>;

// While alive, libxml2 messages that bypass the parser options (encoding and I/O errors
// go straight to the generic handler) are dropped instead of printed on stderr; ingest
// reports problems itself.  The handlers are per thread in libxml2, so this touches no
// other thread, and the previous handlers come back on destruction.
class LibXmlSilence {
public:
    LibXmlSilence();
    ~LibXmlSilence();
    LibXmlSilence(const LibXmlSilence&) = delete;
    LibXmlSilence& operator=(const LibXmlSilence&) = delete;

private:
    xmlGenericErrorFunc m_generic;
    void* m_genericContext;
    xmlStructuredErrorFunc m_structured;
    void* m_structuredContext;
};

// libxml2 must be initialised once before threads use it (xmlInitParser is idempotent but
// not safe to race).
void ensureLibXmlInitialised();

inline std::string_view xmlView(const xmlChar* s) {
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// The concatenated text of a node and its descendants.
std::string nodeContent(const xmlNode* node);

// An attribute's value, or "" when absent.
std::string attribute(const xmlNode* node, const char* name);

}  // namespace entgraph::ingest
