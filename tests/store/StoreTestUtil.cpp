#include "StoreTestUtil.h"

#include <algorithm>
#include <set>

namespace entgraph::testing {

DictionaryExtractor::DictionaryExtractor()
    : m_entries({
          {{"Vladimir Putin", "Putin"}, EntityType::Person},
          {{"Joe Biden", "Biden"}, EntityType::Person},
          {{"Volodymyr Zelensky", "Zelensky"}, EntityType::Person},
          {{"North Atlantic Treaty Organization", "NATO"}, EntityType::Organization},
          {{"European Union"}, EntityType::Organization},
          {{"Kyiv"}, EntityType::Location},
          {{"Moscow"}, EntityType::Location},
          {{"Washington"}, EntityType::Location},
      }) {}

namespace {
bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}
}  // namespace

ArticleExtraction DictionaryExtractor::extract(const Article& article) const {
    const std::string& t = article.text;
    ArticleExtraction x;
    x.doc = article.id;
    // Sentences end at ". " or at the end of the text.
    std::vector<ByteSpan> sentences;
    size_t start = 0;
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i] == '.' && (i + 1 == t.size() || t[i + 1] == ' ')) {
            sentences.push_back({start, i + 1});
            start = i + 2;
        }
    if (start < t.size()) sentences.push_back({start, t.size()});

    struct Hit {
        ByteSpan span;
        size_t entry;
        size_t form;
    };
    std::vector<Hit> hits;
    std::vector<bool> taken(t.size(), false);
    // Longest forms first so "Vladimir Putin" wins over "Putin".
    std::vector<std::pair<size_t, size_t>> forms;
    for (size_t e = 0; e < m_entries.size(); ++e)
        for (size_t f = 0; f < m_entries[e].forms.size(); ++f) forms.push_back({e, f});
    std::stable_sort(forms.begin(), forms.end(), [&](auto a, auto b) {
        return m_entries[a.first].forms[a.second].size() >
               m_entries[b.first].forms[b.second].size();
    });
    for (auto [e, f] : forms) {
        const std::string& form = m_entries[e].forms[f];
        for (size_t pos = t.find(form); pos != std::string::npos; pos = t.find(form, pos + 1)) {
            const size_t end = pos + form.size();
            if ((pos > 0 && isWordChar(t[pos - 1])) || (end < t.size() && isWordChar(t[end])))
                continue;
            if (std::any_of(taken.begin() + pos, taken.begin() + end, [](bool b) { return b; }))
                continue;
            std::fill(taken.begin() + pos, taken.begin() + end, true);
            hits.push_back({{pos, end}, e, f});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.span < b.span; });

    std::vector<long> entityOf(m_entries.size(), -1);
    std::vector<std::set<size_t>> formsSeen(m_entries.size());
    for (const auto& h : hits) formsSeen[h.entry].insert(h.form);
    for (size_t e = 0; e < m_entries.size(); ++e) {
        if (formsSeen[e].empty()) continue;
        ExtractedEntity ent;
        ent.type = m_entries[e].type;
        ent.name = m_entries[e].forms[*formsSeen[e].begin()];
        for (auto it = std::next(formsSeen[e].begin()); it != formsSeen[e].end(); ++it)
            ent.aliases.push_back(m_entries[e].forms[*it]);
        entityOf[e] = static_cast<long>(x.entities.size());
        x.entities.push_back(ent);
    }
    for (const auto& h : hits) {
        ByteSpan sentence = h.span;
        for (const auto& s : sentences)
            if (s.contains(h.span)) sentence = s;
        x.mentions.push_back({static_cast<size_t>(entityOf[h.entry]), h.span,
                              t.substr(h.span.start, h.span.size()), sentence});
    }
    for (const auto& s : sentences) {
        const std::string_view text(t.data() + s.start, s.size());
        const bool met = text.find(" met ") != std::string_view::npos;
        const bool notMet = text.find(" did not meet ") != std::string_view::npos;
        if (!met && !notMet) continue;
        std::vector<const ExtractedMention*> in;
        for (const auto& m : x.mentions)
            if (m.sentence == s) in.push_back(&m);
        if (in.size() < 2 || in[0]->entity == in[1]->entity) continue;
        ExtractedRelation r;
        r.source = in[0]->entity;
        r.target = in[1]->entity;
        r.label = "met";
        r.type = RelationType::Diplomatic;
        r.evidence = s;
        r.sourceMention = in[0]->span;
        r.targetMention = in[1]->span;
        r.negated = notMet;
        x.relations.push_back(r);
    }
    return x;
}

std::vector<Article> generatedArticles(size_t count, size_t offset) {
    static const char* people[] = {"Vladimir Putin", "Joe Biden", "Volodymyr Zelensky",
                                   "Putin",          "Biden",     "Zelensky"};
    static const char* places[] = {"Kyiv", "Moscow", "Washington"};
    std::vector<Article> out;
    for (size_t k = 0; k < count; ++k) {
        const size_t i = k + offset;
        const std::string a = people[i % 6], b = people[(i / 6 + 1 + i) % 6];
        std::string text = "Report number " + std::to_string(i) + " from " + places[i % 3] + ". ";
        if (a != b && a.find(b) == std::string::npos && b.find(a) == std::string::npos)
            text += a + (i % 5 == 0 ? " did not meet " : " met ") + b + " in " +
                    places[(i + 1) % 3] + ". ";
        text += "Officials of NATO and the European Union watched from " +
                std::string(places[(i + 2) % 3]) + ".";
        out.push_back(
            makeArticle("gen-" + std::to_string(i) + ".txt", text, "Report " + std::to_string(i)));
    }
    return out;
}

std::optional<Vertex> vertexNamed(const EntityGraph& eg, const std::string& name) {
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    const BoostGraph& g = eg.graph();
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (lower(g[v].name) == lower(name)) return v;
        for (const auto& a : g[v].aliases)
            if (lower(a) == lower(name)) return v;
    }
    return std::nullopt;
}

std::string describeGraph(const EntityGraph& eg) {
    const BoostGraph& g = eg.graph();
    auto doc = [&](uint32_t a) { return eg.articles().at(a).id; };
    auto span = [](ByteSpan s) { return std::to_string(s.start) + "-" + std::to_string(s.end); };
    std::vector<std::string> lines;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const auto& p = g[v];
        auto aliases = p.aliases;
        std::sort(aliases.begin(), aliases.end());
        std::string line = "E " + p.name + " " + std::string(entityTypeName(p.type)) + " [";
        for (const auto& a : aliases) line += a + ";";
        line += "]";
        std::vector<std::string> ms;
        for (const auto& m : p.mentions)
            ms.push_back(doc(m.article) + "@" + span(m.span) + "/" + span(m.sentence));
        std::sort(ms.begin(), ms.end());
        for (const auto& m : ms) line += " " + m;
        lines.push_back(line);
    }
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
        const auto& p = g[e];
        std::string s = g[boost::source(e, g)].name, t = g[boost::target(e, g)].name;
        const bool swap = s > t;
        if (swap) std::swap(s, t);
        std::vector<std::string> items;
        for (const auto& r : p.relations) {
            const bool forward = r.forward != swap;
            items.push_back("R " + (forward ? s + ">" + t : t + ">" + s) + " " + r.label + " " +
                            std::string(relationTypeName(r.type)) + (r.negated ? " NOT " : " ") +
                            doc(r.article) + "@" + span(r.sentence) + "/" + span(r.sourceMention) +
                            "/" + span(r.targetMention));
        }
        for (const auto& c : p.cooccurrences)
            items.push_back("C " + doc(c.article) + "@" + span(c.sentence));
        std::sort(items.begin(), items.end());
        std::string line = "L " + s + " -- " + t + " w=" + std::to_string(p.weight);
        for (const auto& i : items) line += " | " + i;
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace entgraph::testing
