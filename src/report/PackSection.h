#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <vector>

class QTextDocument;
class QPaintDevice;

namespace qms::report {

struct PackData;
class PageLayout;
class PackDataCollector;

// Page numbers of sections ("section:<key>") and anchors ("nc:NC-0042"), known after the first
// layout pass. Before that, page() answers a placeholder of the same width.
struct PageRefs {
    QHash<QString, int> pages;
    int total = 0;
    bool final = false;
    QString page(const QString& key) const;
};

// One laid-out piece of a section: a document paginated to the body rectangle, and the
// positions whose page numbers other sections print.
struct SectionChunk {
    std::unique_ptr<QTextDocument> doc;
    QList<QPair<QString, int>> anchors; // key, cursor position
};

// What every section builder reads from.
struct PackContext {
    const PackData& data;
    const PageLayout& layout;
    QPaintDevice* device;
    const PackDataCollector& collector;
};

// A part of the pack that starts on a new page. Big sections come in several chunks, built and
// drawn one at a time so that memory stays bounded.
class PackSection {
public:
    explicit PackSection(const PackContext& ctx)
        : m_ctx(ctx) {}
    virtual ~PackSection() = default;

    virtual QString key() const = 0;
    virtual QString contentsTitle() const { return {}; } // empty: not in the contents
    virtual int chunkCount() const { return 1; }
    virtual Result<SectionChunk> build(int chunk, const PageRefs& refs) const = 0;
    // Prints page numbers of other sections: rebuilt once they are known.
    virtual bool usesPageRefs() const { return false; }

protected:
    const PackContext& m_ctx;
};

using SectionList = std::vector<std::unique_ptr<PackSection>>;

// The sections of a pack in print order, for the scope in `ctx.data`.
SectionList makeSections(const PackContext& ctx);

} // namespace qms::report
