// entgraph eval-ner: scores the NER model on tagged files (conlleval semantics, see
// ner/ConllScorer.h).
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "core/Error.h"
#include "extract/RuleTagger.h"
#include "ner/ConllScorer.h"
#include "ner/NerCorpus.h"
#include "ner/NerTagger.h"

namespace entgraph::cli {

namespace {
struct EvalNerArgs {
    std::vector<std::string> files;
    std::string format = "tsv";
    std::string model;
    bool json = false;
    bool withRules = false;
    bool showErrors = false;
};

// "[Barack Obama]PERSON visited ..." for the chunks of one sentence.
std::string bracketed(const ner::TaggedSentence& s, const std::vector<ner::Chunk>& chunks) {
    std::string out;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
        for (const ner::Chunk& c : chunks)
            if (c.begin == i) out += "[";
        out += s.tokens[i];
        for (const ner::Chunk& c : chunks)
            if (c.end == i + 1) out += "]" + c.type.substr(0, 3);
        out += " ";
    }
    return out;
}

nlohmann::json countsJson(const ner::TypeCounts& c) {
    return {{"gold", c.gold},       {"predicted", c.predicted},
            {"correct", c.correct}, {"precision", c.precision()},
            {"recall", c.recall()}, {"f1", c.f1()}};
}

void printRow(const std::string& name, const ner::TypeCounts& c) {
    std::printf("  %-14s %6zu %6zu %7zu  %9.4f %7.4f %7.4f\n", name.c_str(), c.gold, c.predicted,
                c.correct, c.precision(), c.recall(), c.f1());
}
}  // namespace

void addEvalNerCommand(CLI::App& app, int& exitCode) {
    auto args = std::make_shared<EvalNerArgs>();
    auto* cmd = app.add_subcommand("eval-ner",
                                   "Score the NER model on tagged files (exact-span typed P/R/F1)");
    cmd->add_option("files", args->files, "Tagged files (corpus TSV or CoNLL columns)")
        ->required()
        ->expected(1, -1);
    cmd->add_option("--format", args->format, "Input format")
        ->check(CLI::IsMember({"tsv", "conll"}));
    cmd->add_option("--model", args->model, "Evaluate this model file instead of the embedded one");
    cmd->add_flag("--json", args->json, "Print JSON for tools");
    cmd->add_flag("--with-rules", args->withRules,
                  "Score the model reconciled with the rule tagger's spans (before extraction's "
                  "typed rules)");
    cmd->add_flag("--show-errors", args->showErrors,
                  "Print each sentence whose predicted chunks differ from the gold ones (stderr)");
    cmd->final_callback([args, &exitCode] {
        std::shared_ptr<const EntityTagger> tagger;
        if (!args->model.empty())
            tagger = std::make_shared<ner::NerTagger>(ner::NerModel::loadFile(args->model));
        else
            tagger = embeddedNerTagger();
        if (!tagger)
            throw Error("this build embeds no NER model (train one with `entgraph train-ner`)");
        if (args->withRules) tagger = withRuleLayer(std::move(tagger));
        const auto format =
            args->format == "conll" ? ner::TaggedFormat::Conll : ner::TaggedFormat::Tsv;
        nlohmann::json out = {{"files", nlohmann::json::array()}};
        ner::TypeCounts overall;
        for (const std::string& path : args->files) {
            const ner::TaggedFile file = ner::readTaggedFile(path, format);
            ner::SentenceObserver observer;
            if (args->showErrors)
                observer = [](const ner::TaggedSentence& s, const std::vector<ner::Chunk>& gold,
                              const std::vector<ner::Chunk>& predicted) {
                    const std::set<std::string> types = ner::nerPredictedTypes();
                    std::vector<ner::Chunk> g, p;
                    for (const ner::Chunk& c : gold)
                        if (types.count(c.type)) g.push_back(c);
                    for (const ner::Chunk& c : predicted)
                        if (types.count(c.type)) p.push_back(c);
                    if (g == p) return;
                    std::fprintf(stderr, "gold: %s\npred: %s\n\n", bracketed(s, g).c_str(),
                                 bracketed(s, p).c_str());
                };
            const ner::FileEvaluation ev =
                ner::evaluateTagger(*tagger, file, ner::nerPredictedTypes(), observer);
            overall += ev.micro;
            if (args->json) {
                nlohmann::json types = nlohmann::json::object();
                for (const auto& [type, c] : ev.perType) types[type] = countsJson(c);
                out["files"].push_back({{"path", ev.path},
                                        {"sentences", ev.sentences},
                                        {"tokens", ev.tokens},
                                        {"scored_types", ev.scoredTypes},
                                        {"types", types},
                                        {"micro", countsJson(ev.micro)}});
                continue;
            }
            std::printf("%s: %zu sentences, %zu tokens\n", ev.path.c_str(), ev.sentences,
                        ev.tokens);
            if (ev.scoredTypes.empty()) {
                std::printf(
                    "  no type in common between the model and this file: nothing scored\n\n");
                continue;
            }
            std::string scored;
            for (const std::string& t : ev.scoredTypes) scored += (scored.empty() ? "" : " ") + t;
            std::printf("  scored types: %s\n", scored.c_str());
            std::printf("  %-14s %6s %6s %7s  %9s %7s %7s\n", "type", "gold", "pred", "correct",
                        "precision", "recall", "F1");
            for (const auto& [type, c] : ev.perType) printRow(type, c);
            printRow("micro", ev.micro);
            std::printf("\n");
        }
        if (args->json) {
            out["micro"] = countsJson(overall);
            std::printf("%s\n", out.dump(2).c_str());
        } else if (args->files.size() > 1) {
            std::printf("all files: micro P %.4f R %.4f F1 %.4f\n", overall.precision(),
                        overall.recall(), overall.f1());
        }
        exitCode = 0;
    });
}

}  // namespace entgraph::cli
