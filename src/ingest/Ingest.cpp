// Ingest's front door: paths, directories, stdin and memory, each routed to the reader for
// its format (see Ingest.h for the contract).
#include "ingest/Ingest.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "ingest/FeedReader.h"
#include "ingest/HtmlText.h"
#include "ingest/InputSource.h"
#include "ingest/JsonlReader.h"
#include "ingest/MarkdownText.h"
#include "ingest/Utf8.h"

namespace entgraph {

namespace fs = std::filesystem;
using ingest::ExtractedText;
using ingest::InputError;
using ingest::InputSource;
using ingest::ReadContext;

namespace {

constexpr size_t kMaxTitleBytes = 200;

// ---------------------------------------------------------------- single-article formats

// The first non-blank line of a plain-text article when it is short enough to be a headline.
std::string firstLineTitle(std::string_view text) {
    text = ingest::skipBom(text);
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        if (!ingest::isBlank(line)) {
            if (line.size() >= kMaxTitleBytes) return {};
            return ingest::collapseWhitespace(ingest::sanitizeUtf8(line));
        }
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return {};
}

void readPlainText(InputSource& in, ReadContext& ctx) {
    std::string bytes = in.readAll(ctx.options.maxArticleBytes);
    if (ingest::isBlank(bytes)) return ctx.skip("empty file");
    Article a;
    a.id = ctx.name;
    a.title = firstLineTitle(bytes);
    a.source = ctx.name;
    a.text = std::move(bytes);  // unchanged: offsets are byte offsets into the file
    ctx.deliver(std::move(a));
}

void deliverExtracted(ExtractedText x, ReadContext& ctx) {
    if (ingest::isBlank(x.text) && x.title.empty())
        return ctx.skip("no text left after removing the markup");
    Article a;
    a.id = ctx.name;
    a.source = ctx.name;
    a.title = !x.title.empty() ? std::move(x.title) : x.heading;
    // A page without a main heading would lose its headline's names: let the title open it.
    if (x.heading.empty() && !a.title.empty() && x.text.compare(0, a.title.size(), a.title) != 0)
        a.text = x.text.empty() ? a.title : a.title + "\n\n" + x.text;
    else
        a.text = std::move(x.text);
    ctx.deliver(std::move(a));
}

void readMarkdown(InputSource& in, ReadContext& ctx) {
    const std::string bytes = in.readAll(ctx.options.maxArticleBytes);
    if (ingest::isBlank(bytes)) return ctx.skip("empty file");
    deliverExtracted(ingest::markdownToText(ingest::sanitizeUtf8(bytes)), ctx);
}

void readHtml(InputSource& in, ReadContext& ctx) {
    const std::string bytes = in.readAll(ctx.options.maxArticleBytes);
    if (ingest::isBlank(bytes)) return ctx.skip("empty file");
    deliverExtracted(ingest::htmlToText(bytes), ctx);
}

bool mentionsHtml(std::string_view head) {
    std::string lowered(head);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lowered.find("<html") != std::string::npos ||
           lowered.find("<!doctype html") != std::string::npos;
}

// ---------------------------------------------------------------- routing

// Reads one input whose format its extension promises (`byExtension`) or, without one,
// that its content suggests.
void readInput(InputSource& in, ReadContext& ctx, std::optional<InputFormat> byExtension) {
    const std::string_view head = in.head();
    const InputFormat sniffed = sniffFormat(head);
    if (sniffed == InputFormat::Binary) return ctx.skip("binary file");
    if (sniffed == InputFormat::Empty && in.headIsWhole()) return ctx.skip("empty file");

    InputFormat format = byExtension.value_or(sniffed);
    if (format == InputFormat::Empty) format = InputFormat::Text;  // blank head, more after
    // .xml/.rss/.atom: the root element decides; an XHTML page is a page.
    if (byExtension == InputFormat::Feed && sniffed != InputFormat::Feed && mentionsHtml(head))
        format = InputFormat::Html;

    switch (format) {
        case InputFormat::Markdown:
            return readMarkdown(in, ctx);
        case InputFormat::Html:
            return readHtml(in, ctx);
        case InputFormat::Feed:
            return ingest::readFeed(in, ctx);
        case InputFormat::Jsonl:
            return ingest::readJsonl(in, ctx);
        default:
            return readPlainText(in, ctx);
    }
}

void readFile(const std::string& path, std::optional<InputFormat> byExtension, ReadContext& ctx) {
    try {
        InputSource in = InputSource::openFile(path);
        readInput(in, ctx, byExtension);
    } catch (const InputError& e) {
        ctx.fail(e.what());
    }
}

std::optional<InputFormat> extensionFormat(const fs::path& path) {
    return formatForExtension(path.extension().string());
}

bool isHidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.size() > 1 && name[0] == '.';
}

// Every article file under `dir` (hidden entries skipped), in byte order of their paths so a
// run is the same whatever order the file system lists them in.
void readDirectory(const std::string& dir, const IngestOptions& options,
                   const std::function<void(Article&&)>& onArticle, IngestReport& report) {
    ReadContext dirCtx{dir, options, onArticle, report};
    std::vector<std::pair<std::string, InputFormat>> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) return dirCtx.fail(ec.message());
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            dirCtx.fail(ec.message());
            break;
        }
        const fs::path& p = it->path();
        if (isHidden(p)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        std::error_code typeEc;
        if (!it->is_regular_file(typeEc)) continue;  // follows symlinks; broken ones drop out
        if (const auto format = extensionFormat(p)) files.emplace_back(p.string(), *format);
    }
    if (ec) return;
    std::sort(files.begin(), files.end());
    if (files.empty())
        return dirCtx.skip(
            "no article files (.txt .md .html .htm .xml .rss .atom .jsonl) in the directory");
    for (const auto& [path, format] : files) {
        ReadContext ctx{path, options, onArticle, report};
        readFile(path, format, ctx);
    }
}

void readPath(const std::string& path, const IngestOptions& options,
              const std::function<void(Article&&)>& onArticle, IngestReport& report) {
    ReadContext ctx{path, options, onArticle, report};
    if (path == "-") {
        try {
            InputSource in = InputSource::standardInput();
            readInput(in, ctx, std::nullopt);
        } catch (const InputError& e) {
            ctx.fail(e.what());
        }
        return;
    }
    struct stat st {};
    if (path.empty()) return ctx.fail(std::strerror(ENOENT));
    if (::stat(path.c_str(), &st) != 0) return ctx.fail(std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return readDirectory(path, options, onArticle, report);
    // Named explicitly: an unknown extension is sniffed (nullopt), never ignored.
    readFile(path, extensionFormat(path), ctx);
}

}  // namespace

// ---------------------------------------------------------------- public entry points

IngestReport forEachArticle(const std::vector<std::string>& paths,
                            const std::function<void(Article&&)>& onArticle) {
    return forEachArticle(paths, onArticle, IngestOptions{});
}

IngestReport forEachArticle(const std::vector<std::string>& paths,
                            const std::function<void(Article&&)>& onArticle,
                            const IngestOptions& options) {
    IngestReport report;
    for (const std::string& path : paths) readPath(path, options, onArticle, report);
    return report;
}

std::vector<Article> readArticles(const std::vector<std::string>& paths, IngestReport& report) {
    std::vector<Article> articles;
    IngestReport r = forEachArticle(paths, [&](Article&& a) { articles.push_back(std::move(a)); });
    report.errors.insert(report.errors.end(), r.errors.begin(), r.errors.end());
    report.warnings.insert(report.warnings.end(), r.warnings.begin(), r.warnings.end());
    report.articles += r.articles;
    return articles;
}

void forEachArticleInMemory(std::string_view name, std::string_view bytes,
                            const std::function<void(Article&&)>& onArticle, IngestReport& report,
                            const IngestOptions& options) {
    ReadContext ctx{std::string(name), options, onArticle, report};
    try {
        InputSource in = InputSource::memory(bytes);
        readInput(in, ctx, extensionFormat(fs::path(std::string(name))));
    } catch (const InputError& e) {
        ctx.fail(e.what());
    }
}

}  // namespace entgraph
