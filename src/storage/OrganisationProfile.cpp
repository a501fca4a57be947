#include "OrganisationProfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::OrganisationProfile)
};

} // namespace

QString OrganisationProfile::logoFormat(const QByteArray& data) {
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpeg");
    // SVG is XML: an optional declaration, comments or a doctype may come before the root element.
    const QByteArray head = data.left(4096);
    if (head.contains("<svg") && (head.trimmed().startsWith('<') || head.startsWith("\xef\xbb\xbf")))
        return QStringLiteral("svg");
    return {};
}

QString OrganisationProfile::logoSha256() const {
    if (logo.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(logo, QCryptographicHash::Sha256).toHex());
}

Status OrganisationProfile::validate() const {
    QList<FieldError> problems;
    if (name.trimmed().isEmpty())
        problems.append({QStringLiteral("organisation"), Tr::tr("Give the organisation's name")});
    if (address.size() > 1000)
        problems.append({QStringLiteral("address"), Tr::tr("The address is longer than 1,000 characters")});
    if (!logo.isEmpty()) {
        if (logo.size() > MaxLogoBytes)
            problems.append({QStringLiteral("logo"), Tr::tr("The logo is %1; the limit is %2")
                                                         .arg(QLocale::c().formattedDataSize(logo.size()),
                                                              QLocale::c().formattedDataSize(MaxLogoBytes))});
        else if (logoFormat(logo).isEmpty())
            problems.append({QStringLiteral("logo"), Tr::tr("The logo must be a PNG, JPEG or SVG image")});
    }
    if (!problems.isEmpty())
        return Error::invalid(problems, Tr::tr("The organisation details cannot be saved:"));
    return {};
}

} // namespace qms
