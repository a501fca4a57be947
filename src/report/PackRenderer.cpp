#include "PackRenderer.h"

#include "PageLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

namespace qms::report {
namespace {

Q_LOGGING_CATEGORY(lcReport, "qms.report", QtInfoMsg)

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::PackRenderer)
};

Error cancelled() {
    return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
}

// 0-based page of the document that holds cursor position `pos`.
int pageOf(QTextDocument& doc, int pos) {
    const QTextBlock block = doc.findBlock(pos);
    const QRectF r = doc.documentLayout()->blockBoundingRect(block);
    const qreal pageHeight = doc.pageSize().height();
    return std::clamp(int(r.top() / pageHeight), 0, std::max(0, doc.pageCount() - 1));
}

} // namespace

PackRenderer::PackRenderer(QPagedPaintDevice& device, const PageLayout& layout)
    : m_device(device)
    , m_layout(layout) {}

PackRenderer::~PackRenderer() = default;

int PackRenderer::totalChunks(const SectionList& sections) const {
    int n = 0;
    for (const auto& s : sections)
        n += s->chunkCount();
    return n;
}

Result<PageRefs> PackRenderer::paginate(const SectionList& sections, const Progress& progress) {
    PageRefs refs;
    const int total = totalChunks(sections);
    int done = 0;
    int nextPage = 1;
    qint64 cached = 0;
    for (int si = 0; si < int(sections.size()); ++si) {
        const PackSection& section = *sections[si];
        refs.pages.insert(QStringLiteral("section:") + section.key(), nextPage);
        for (int ci = 0; ci < section.chunkCount(); ++ci) {
            QElapsedTimer t;
            t.start();
            auto chunk = section.build(ci, refs);
            if (!chunk)
                return chunk.error();
            QTextDocument& doc = *chunk->doc;
            const qint64 tb = t.elapsed();
            const int pages = std::max(1, doc.pageCount());
            qCDebug(lcReport) << section.key() << "chunk" << ci << "built in" << tb << "ms, paginated in"
                              << t.elapsed() - tb << "ms";
            for (const auto& [key, pos] : chunk->anchors)
                refs.pages.insert(key, nextPage + pageOf(doc, pos));
            m_pageCounts[{si, ci}] = pages;
            nextPage += pages;
            if (!section.usesPageRefs() && cached + doc.characterCount() <= CacheBudget) {
                cached += doc.characterCount();
                m_cache[{si, ci}] = std::move(chunk->doc);
            }
            if (progress && !progress(++done, total))
                return cancelled();
        }
    }
    refs.total = nextPage - 1;
    refs.final = true;
    return refs;
}

Status PackRenderer::draw(QPainter& painter, const SectionList& sections, const PageRefs& refs,
                          const Progress& progress) {
    const int total = totalChunks(sections);
    int done = 0;
    int page = 0;
    const QRectF body = m_layout.bodyRect();
    for (int si = 0; si < int(sections.size()); ++si) {
        const PackSection& section = *sections[si];
        for (int ci = 0; ci < section.chunkCount(); ++ci) {
            QElapsedTimer t;
            t.start();
            std::unique_ptr<QTextDocument> doc;
            if (auto it = m_cache.find({si, ci}); it != m_cache.end()) {
                doc = std::move(it->second);
                m_cache.erase(it);
            } else {
                auto chunk = section.build(ci, refs);
                if (!chunk)
                    return chunk.error();
                doc = std::move(chunk->doc);
            }
            const int pages = std::max(1, doc->pageCount());
            if (pages != m_pageCounts[{si, ci}])
                qCWarning(lcReport) << "section" << section.key() << "chunk" << ci << "changed from"
                                    << m_pageCounts[{si, ci}] << "to" << pages << "pages between passes";
            const qreal pageHeight = doc->pageSize().height();
            for (int p = 0; p < pages; ++p) {
                if (page > 0 && !m_device.newPage())
                    return makeError(ErrorCode::Io,
                                     Tr::tr("Could not start page %1 of the PDF.").arg(page + 1));
                ++page;
                m_layout.drawDecorations(painter, page, refs.total);
                painter.save();
                painter.translate(body.left(), body.top() - p * pageHeight);
                const QRectF clip(0, p * pageHeight, body.width(), pageHeight);
                painter.setClipRect(clip);
                QAbstractTextDocumentLayout::PaintContext ctx;
                ctx.clip = clip;
                ctx.palette.setColor(QPalette::Text, Qt::black);
                doc->documentLayout()->draw(&painter, ctx);
                painter.restore();
            }
            qCDebug(lcReport) << section.key() << "chunk" << ci << "drawn in" << t.elapsed() << "ms";
            if (progress && !progress(++done, total))
                return cancelled();
        }
    }
    return {};
}

} // namespace qms::report
