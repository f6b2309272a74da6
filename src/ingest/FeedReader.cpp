#include "ingest/FeedReader.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>

#include "ingest/HtmlText.h"
#include "ingest/LibXml.h"
#include "ingest/Utf8.h"

namespace entgraph::ingest {

namespace {

constexpr const char* kContentModule = "http://purl.org/rss/1.0/modules/content/";

bool nameIs(const xmlNode* n, const char* name) {
    return n->name && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool namespaceIs(const xmlNode* n, const char* href) {
    return n->ns && n->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(n->ns->href), href) == 0;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// ---------------------------------------------------------------- the byte stream

// Feeds libxml2 from an InputSource, turning invalid UTF-8 into U+FFFD on the way when the
// document is UTF-8.  Errors are kept here: exceptions must not cross libxml2's C frames.
struct StreamState {
    InputSource* input = nullptr;
    bool sanitize = false;
    Utf8Sanitizer sanitizer;
    std::string pending;  // sanitized bytes not yet handed over
    size_t pendingPos = 0;
    bool finished = false;
    std::string readError;

    int read(char* buffer, int len) {
        try {
            if (!sanitize) return static_cast<int>(input->read(buffer, static_cast<size_t>(len)));
            while (pendingPos == pending.size() && !finished) {
                pending.clear();
                pendingPos = 0;
                char chunk[16 * 1024];
                const size_t k = input->read(chunk, sizeof chunk);
                if (k == 0) {
                    sanitizer.finish(pending);
                    finished = true;
                } else {
                    sanitizer.feed(std::string_view(chunk, k), pending);
                }
            }
            const size_t n = std::min(static_cast<size_t>(len), pending.size() - pendingPos);
            std::memcpy(buffer, pending.data() + pendingPos, n);
            pendingPos += n;
            return static_cast<int>(n);
        } catch (const std::exception& e) {
            readError = e.what();
            return -1;
        }
    }

    static int readCallback(void* context, char* buffer, int len) {
        return static_cast<StreamState*>(context)->read(buffer, len);
    }
    static int closeCallback(void*) { return 0; }
};

// The first parse error, kept for the message.
struct ErrorState {
    std::string message;
    int line = 0;

    static void handler(void* context, xmlErrorPtr error) {
        auto* self = static_cast<ErrorState*>(context);
        if (!error || error->level < XML_ERR_ERROR || !self->message.empty()) return;
        self->message = collapseWhitespace(error->message ? error->message : "parse error");
        self->line = error->line;
    }
};

// The encoding an XML declaration names, lower-cased, or "" (meaning UTF-8).
std::string declaredEncoding(std::string_view head) {
    head = skipBom(head);
    if (head.substr(0, 5) != "<?xml") return {};
    const std::string decl(head.substr(0, head.find("?>")));
    const size_t at = decl.find("encoding");
    if (at == std::string::npos) return {};
    const size_t q = decl.find_first_of("\"'", at);
    if (q == std::string::npos) return {};
    const size_t end = decl.find(decl[q], q + 1);
    if (end == std::string::npos) return {};
    return lower(decl.substr(q + 1, end - q - 1));
}

// ---------------------------------------------------------------- one item

// Atom's text constructs say how their content is written (type="text|html|xhtml").
std::string textConstruct(const xmlNode* n) {
    const std::string type = lower(attribute(n, "type"));
    if (type == "xhtml") return nodeChildrenToText(n);
    if (type == "html" || type == "text/html") return htmlToText(nodeContent(n)).text;
    if (type.empty() || type == "text" || type == "text/plain") {
        const std::string content = nodeContent(n);
        // Untyped (RSS) text sometimes carries markup anyway: <![CDATA[<b>Title</b>]]>.
        if (type.empty() && content.find('<') != std::string::npos) return htmlToText(content).text;
        TextBuilder b;
        b.addText(content);
        return b.finish();
    }
    return {};  // other media types (base64 images...) are not article text
}

struct FeedItem {
    std::string title, link, published, updated, content, summary;
};

FeedItem readItem(const xmlNode* item) {
    FeedItem f;
    bool primaryLink = false;
    std::string dcDate;
    for (const xmlNode* n = item->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (nameIs(n, "title")) {
            // RSS titles are plain text, Atom's may be html; both may carry entities.
            if (f.title.empty()) f.title = collapseWhitespace(textConstruct(n));
        } else if (nameIs(n, "link")) {
            // Atom: <link rel="alternate" href=...> is the article; RSS: the element's text.
            const std::string rel = attribute(n, "rel");
            std::string href = attribute(n, "href");
            if (href.empty()) href = collapseWhitespace(nodeContent(n));
            if (href.empty()) continue;
            const bool primary = rel.empty() || rel == "alternate";
            if (primary && !primaryLink) {
                f.link = href;
                primaryLink = true;
            } else if (f.link.empty()) {
                f.link = href;
            }
        } else if (nameIs(n, "pubDate") || nameIs(n, "published") || nameIs(n, "issued")) {
            f.published = collapseWhitespace(nodeContent(n));
        } else if (nameIs(n, "date")) {  // dc:date
            dcDate = collapseWhitespace(nodeContent(n));
        } else if (nameIs(n, "updated") || nameIs(n, "modified")) {
            f.updated = collapseWhitespace(nodeContent(n));
        } else if (nameIs(n, "encoded") && namespaceIs(n, kContentModule)) {
            f.content = htmlToText(nodeContent(n)).text;
        } else if (nameIs(n, "content") && attribute(n, "src").empty()) {
            if (f.content.empty()) f.content = textConstruct(n);
        } else if (nameIs(n, "description")) {
            f.summary = htmlToText(nodeContent(n)).text;  // RSS: escaped HTML, or plain
        } else if (nameIs(n, "summary")) {
            f.summary = textConstruct(n);
        }
    }
    if (f.published.empty()) f.published = dcDate;
    if (f.published.empty()) f.published = f.updated;
    return f;
}

}  // namespace

void readFeed(InputSource& input, ReadContext& ctx) {
    ensureLibXmlInitialised();
    const std::string encoding = declaredEncoding(input.head());
    StreamState stream;
    stream.input = &input;
    stream.sanitize = encoding.empty() || encoding == "utf-8" || encoding == "utf8";
    ErrorState errors;
    const LibXmlSilence silence;

    // No entity substitution and no network: a feed cannot make us fetch or read anything.
    const int options = XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        XML_PARSE_NONET | XML_PARSE_NOCDATA;
    XmlReaderPtr reader(xmlReaderForIO(&StreamState::readCallback, &StreamState::closeCallback,
                                       &stream, nullptr, stream.sanitize ? "UTF-8" : nullptr,
                                       options));
    if (!reader) {
        ctx.fail("cannot start the XML reader");
        return;
    }
    xmlTextReaderSetStructuredErrorHandler(reader.get(), &ErrorState::handler, &errors);

    size_t itemNumber = 0;
    size_t delivered = 0;
    bool sawRoot = false;
    bool damaged = false;
    int ret = xmlTextReaderRead(reader.get());
    while (ret == 1) {
        if (xmlTextReaderNodeType(reader.get()) != XML_READER_TYPE_ELEMENT) {
            ret = xmlTextReaderRead(reader.get());
            continue;
        }
        const std::string_view local = xmlView(xmlTextReaderConstLocalName(reader.get()));
        if (!sawRoot) {
            sawRoot = true;
            if (local != "rss" && local != "feed" && local != "RDF") {
                ctx.skip("not an RSS or Atom feed (the root element is <" + std::string(local) +
                         ">)");
                return;
            }
        }
        if (local != "item" && local != "entry") {
            ret = xmlTextReaderRead(reader.get());
            continue;
        }
        ++itemNumber;
        const xmlNode* node = xmlTextReaderExpand(reader.get());
        if (!node) {
            damaged = true;
            break;
        }
        FeedItem item = readItem(node);
        const std::string id = ctx.name + "#" + std::to_string(itemNumber);
        std::string body =
            !item.content.empty() ? std::move(item.content) : std::move(item.summary);
        Article a;
        a.id = id;
        a.title = item.title;
        a.source = ctx.name;
        a.url = item.link;
        a.published = item.published;
        // The headline's names belong to the story; feeds rarely repeat it in the body.
        if (!item.title.empty() && body.compare(0, item.title.size(), item.title) != 0)
            a.text = body.empty() ? item.title : item.title + "\n\n" + body;
        else
            a.text = std::move(body);
        if (isBlank(a.text)) {
            ctx.report.warnings.push_back("skipping '" + id + "': item has no title or text");
        } else if (a.text.size() > ctx.options.maxArticleBytes) {
            ctx.report.warnings.push_back("skipping '" + id + "': item is " + ctx.limitText());
        } else {
            ctx.deliver(std::move(a));
            ++delivered;
        }
        ret = xmlTextReaderNext(reader.get());
    }
    if (ret < 0) damaged = true;

    if (!stream.readError.empty()) {
        ctx.fail(stream.readError);
        return;
    }
    if (!sawRoot) {
        ctx.fail("malformed XML" +
                 (errors.message.empty() ? std::string() : ": " + errors.message));
        return;
    }
    if (damaged) {
        std::string where = errors.line > 0 ? " at line " + std::to_string(errors.line) : "";
        std::string what = errors.message.empty() ? "" : " (" + errors.message + ")";
        if (delivered == 0)
            ctx.fail("malformed XML" + where + what);
        else
            ctx.report.warnings.push_back("'" + ctx.name + "': malformed XML" + where + what +
                                          "; kept the " + std::to_string(delivered) +
                                          (delivered == 1 ? " item" : " items") + " before it");
        return;
    }
    if (itemNumber == 0) ctx.skip("the feed has no items");
}

}  // namespace entgraph::ingest
