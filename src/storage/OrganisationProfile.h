#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace qms {

// Who the QMS belongs to, as printed on the audit-pack cover. Kept in the database's meta table so
// that a copy handed to an auditor carries it; every change is audited.
struct OrganisationProfile {
    QString name;
    QString address; // several lines
    QByteArray logo; // PNG, JPEG or SVG file content; empty: no logo

    static constexpr qsizetype MaxLogoBytes = 1024 * 1024;

    // "png", "jpeg", "svg" from the content's signature; empty when none of these.
    static QString logoFormat(const QByteArray& data);
    // Hex SHA-256 of the logo (what the audit trail records instead of the bytes); empty: no logo.
    QString logoSha256() const;
    // Field errors for a profile that may not be stored (empty name, unknown or oversized logo).
    Status validate() const;

    bool operator==(const OrganisationProfile&) const = default;
};

} // namespace qms
