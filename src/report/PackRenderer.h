#pragma once

#include "PackSection.h"

#include <QString>
#include <functional>
#include <map>
#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace qms::report {

class PageLayout;

// Lays the sections out in two passes. Pass one paginates every chunk to learn page numbers (for
// "Page X of Y", the contents and the log's detail pages); pass two draws each chunk page by page
// with header and footer. Chunks are built and dropped one at a time; small ones are kept from
// pass one up to a budget, so small packs are laid out once and big ones stay bounded in memory.
class PackRenderer final {
public:
    // `progress(done, total)` over the chunks of one pass; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    PackRenderer(QPagedPaintDevice& device, const PageLayout& layout);
    ~PackRenderer();

    Result<PageRefs> paginate(const SectionList& sections, const Progress& progress = {});
    Status draw(QPainter& painter, const SectionList& sections, const PageRefs& refs,
                const Progress& progress = {});

    // Characters of laid-out text kept between the passes.
    static constexpr qint64 CacheBudget = 2'000'000;

private:
    int totalChunks(const SectionList& sections) const;

    QPagedPaintDevice& m_device;
    const PageLayout& m_layout;
    std::map<std::pair<int, int>, std::unique_ptr<QTextDocument>> m_cache;
    std::map<std::pair<int, int>, int> m_pageCounts;
};

} // namespace qms::report
