// The organisation's address and logo on the audit-pack cover.

#include "PackFixture.h"
#include "PdfTools.h"
#include "domain/PasswordHash.h"
#include "report/AuditPackWriter.h"
#include "report/OrganisationLogo.h"
#include "report/PackDataCollector.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QBuffer>
#include <QImage>
#include <catch2/catch.hpp>

using namespace qms;
using namespace qms::report;
using namespace qms::test;

namespace {

QByteArray pngLogo() {
    QImage image(400, 100, QImage::Format_ARGB32);
    image.fill(QColor(0x17, 0x45, 0x6e));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const char* const svgLogo = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\">"
                            "<rect width=\"40\" height=\"10\" fill=\"#d00\"/></svg>";

// Image rows of `page` listed by pdfimages, without the two header lines.
QStringList imagesOn(const QString& pdf, int page) {
    const QString list = runTool(QStringLiteral("pdfimages"),
                                 {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(page),
                                  QStringLiteral("-l"), QString::number(page), pdf});
    QStringList rows = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

} // namespace

TEST_CASE("Pack cover: logos are decoded and fitted, SVGs rendered at the target size") {
    const QImage png = decodeLogo(pngLogo(), QSize(200, 200));
    CHECK(png.size() == QSize(200, 50));
    const QImage svg = decodeLogo(QByteArray(svgLogo), QSize(720, 240));
    CHECK(svg.size() == QSize(720, 180)); // rendered large, not scaled up from 40 x 10
    CHECK(QColor(svg.pixel(360, 90)) == QColor(0xdd, 0, 0));
    CHECK(decodeLogo(QByteArray("\x89PNG\r\n\x1a\n broken"), QSize(10, 10)).isNull());
    CHECK(decodeLogo({}, QSize(10, 10)).isNull());
}

TEST_CASE("Pack cover: shows the organisation's address and logo") {
    TempDir dir;
    PackFixture f(dir.filePath(QStringLiteral("q.qms")));
    const QString out = dir.filePath(QStringLiteral("pack.pdf"));
    AuditPackWriter writer;
    writer.setClock(f.clock);

    SECTION("without a logo the cover has no image") {
        REQUIRE(writer.write(*f.ws, PackScope{}, out).ok());
        CHECK(imagesOn(out, 1).isEmpty());
    }
    SECTION("with address and logo") {
        OrganisationProfile profile = f.ws->organisationProfile();
        profile.address = QStringLiteral("Werftstraße 14\n24148 Kiel");
        profile.logo = pngLogo();
        REQUIRE(f.ws->setOrganisationProfile(profile).ok());
        auto data = PackDataCollector(*f.ws).collect(PackScope{});
        REQUIRE(data.ok());
        CHECK(data->organisationAddress == profile.address);
        CHECK_FALSE(data->logo.hasAlphaChannel()); // flattened: PDF/A-1 has no transparency

        REQUIRE(writer.write(*f.ws, PackScope{}, out).ok());
        const QString cover = pdfText(out, 1);
        INFO(cover.toStdString());
        CHECK(cover.contains(QStringLiteral("Werftstraße 14")));
        CHECK(cover.contains(QStringLiteral("24148 Kiel")));
        const QStringList images = imagesOn(out, 1);
        INFO(images.join(QLatin1Char('\n')).toStdString());
        REQUIRE(images.size() == 1);
        CHECK_FALSE(images.first().contains(QStringLiteral("smask")));
        CHECK(imagesOn(out, 2).isEmpty()); // the cover only
    }
}

TEST_CASE("Pack cover: says whether the approvals in the file are password-protected") {
    struct FastHashes {
        FastHashes() { PasswordHash::setNewHashIterationsForTesting(2000); }
        ~FastHashes() { PasswordHash::setNewHashIterationsForTesting(PasswordHash::DefaultIterations); }
    } fast;
    TempDir dir;
    PackFixture f(dir.filePath(QStringLiteral("q.qms")));
    const QString out = dir.filePath(QStringLiteral("pack.pdf"));
    AuditPackWriter writer;
    writer.setClock(f.clock);
    const auto cover = [&] {
        REQUIRE(writer.write(*f.ws, PackScope{}, out).ok());
        return pdfText(out, 1).simplified();
    };
    // The fixture's people have no passwords: their approvals are not signed, and the cover says so.
    auto data = PackDataCollector(*f.ws).collect(PackScope{});
    REQUIRE(data.ok());
    REQUIRE(data->approvers.approvers > 0);
    CHECK(data->approvers.withPassword == 0);
    const QString none = cover();
    INFO(none.toStdString());
    CHECK(none.contains(QStringLiteral("not password-protected")));

    // Every approver with a password, and signatures required.
    auto users = f.ws->users().list();
    REQUIRE(users.ok());
    for (const User& u : *users)
        if (u.active && u.role != Role::Auditor)
            REQUIRE(f.ws->users().setPassword(u.name, QStringLiteral("a long password 1")).ok());
    REQUIRE(f.ws->signatures().setRequired(true).ok());
    const QString all = cover();
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Required: every approval carries")));
    CHECK_FALSE(all.contains(QStringLiteral("not password-protected")));
}
