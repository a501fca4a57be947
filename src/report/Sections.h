#pragma once

// The concrete pack sections (internal to the report library; see makeSections()).

#include "DocBuilder.h"
#include "PackSection.h"
#include "domain/Records.h"

#include <QStringList>
#include <memory>

namespace qms::report {

class CoverSection final : public PackSection {
public:
    using PackSection::PackSection;
    QString key() const override { return QStringLiteral("cover"); }
    Result<SectionChunk> build(int chunk, const PageRefs& refs) const override;
};

class ContentsSection final : public PackSection {
public:
    struct Entry {
        QString key;
        QString title;
    };
    ContentsSection(const PackContext& ctx, QList<Entry> entries)
        : PackSection(ctx)
        , m_entries(std::move(entries)) {}
    QString key() const override { return QStringLiteral("contents"); }
    Result<SectionChunk> build(int chunk, const PageRefs& refs) const override;
    bool usesPageRefs() const override { return true; }

private:
    QList<Entry> m_entries;
};

class MatrixSection final : public PackSection {
public:
    using PackSection::PackSection;
    QString key() const override { return QStringLiteral("matrix"); }
    QString contentsTitle() const override;
    Result<SectionChunk> build(int chunk, const PageRefs& refs) const override;
};

// A register printed as one table, split into chunks of RowsPerChunk rows.
class TableSection : public PackSection {
public:
    static constexpr int RowsPerChunk = 800;
    using PackSection::PackSection;
    int chunkCount() const override;
    Result<SectionChunk> build(int chunk, const PageRefs& refs) const override;

protected:
    virtual int rowCount() const = 0;
    virtual QString intro() const { return {}; }
    virtual QList<qreal> widths() const = 0;
    virtual QStringList headers() const = 0;
    // The rows [first, first + count): record sections load just these records.
    virtual Result<QList<DocBuilder::Row>> rows(int first, int count, const PageRefs& refs) const = 0;
    // Text after the table, on the last chunk.
    virtual void addAfter(DocBuilder&) const {}
};

// The register table of record type R, laid out by its declaration's `pack` (KindRegisterSection.cpp).
template <typename R> std::unique_ptr<PackSection> registerSection(const PackContext& ctx);

// The detail blocks that follow the register of record type R; null for kinds without any.
template <typename R> std::unique_ptr<PackSection> detailSection(const PackContext&) {
    return nullptr;
}
template <> std::unique_ptr<PackSection> detailSection<Nonconformity>(const PackContext& ctx);
template <> std::unique_ptr<PackSection> detailSection<Audit>(const PackContext& ctx);
template <> std::unique_ptr<PackSection> detailSection<ManagementReview>(const PackContext& ctx);

class AuditTrailSection final : public TableSection {
public:
    using TableSection::TableSection;
    QString key() const override { return QStringLiteral("audit"); }
    QString contentsTitle() const override;

protected:
    int rowCount() const override;
    QString intro() const override;
    QList<qreal> widths() const override;
    QStringList headers() const override;
    Result<QList<DocBuilder::Row>> rows(int first, int count, const PageRefs& refs) const override;

private:
    DocBuilder::Row row(int index) const;
};

// One detail block per nonconformity, NcsPerChunk to a chunk; blocks flow across pages.
class NcDetailSection final : public PackSection {
public:
    static constexpr int NcsPerChunk = 40;
    using PackSection::PackSection;
    // "Nonconformity details", with "(N of M)" when the detail budget left some out.
    QString key() const override { return QStringLiteral("nc-details"); }
    QString contentsTitle() const override;
    int chunkCount() const override;
    Result<SectionChunk> build(int chunk, const PageRefs& refs) const override;
};

class VerificationSection final : public PackSection {
public:
    using PackSection::PackSection;
    QString key() const override { return QStringLiteral("verification"); }
    QString contentsTitle() const override;
    Result<SectionChunk> build(int chunk, const PageRefs& refs) const override;
};

} // namespace qms::report
