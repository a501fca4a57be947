#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace qms::report {

// Decodes the organisation's logo (PNG, JPEG or SVG bytes, see OrganisationProfile) into an image
// no larger than `maxPixels`; SVGs are rendered at that size rather than scaled up from their own.
// A null image when the bytes are empty or cannot be decoded.
QImage decodeLogo(const QByteArray& bytes, const QSize& maxPixels);

} // namespace qms::report
