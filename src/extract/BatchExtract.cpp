#include "extract/BatchExtract.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace entgraph {

std::vector<ArticleExtraction> extractAll(const Extractor& extractor,
                                          const std::vector<Article>& articles,
                                          const BatchOptions& options) {
    std::vector<ArticleExtraction> results(articles.size());
    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    threads = std::clamp<unsigned>(threads, 1, std::max<size_t>(1, articles.size()));

    std::atomic<size_t> next{0};
    std::atomic<size_t> done{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&] {
        try {
            for (size_t i = next++; i < articles.size(); i = next++) {
                if (options.cancel && options.cancel->cancelled()) return;
                results[i] = extractor.extract(articles[i]);
                const size_t finished = ++done;
                if (options.progress)
                    options.progress(double(finished) / double(articles.size()), articles[i].id);
            }
        } catch (...) {
            std::lock_guard lock(failureMutex);
            if (!failure) failure = std::current_exception();
            next = articles.size();  // stop the other workers early
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    pool.clear();  // joins
    if (failure) std::rethrow_exception(failure);
    if (options.cancel && options.cancel->cancelled()) throw Cancelled{};
    return results;
}

}  // namespace entgraph
