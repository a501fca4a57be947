#include "OrganisationLogo.h"

#include "storage/OrganisationProfile.h"

#include <QBuffer>
#include <QImageReader>

namespace qms::report {

QImage decodeLogo(const QByteArray& bytes, const QSize& maxPixels) {
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // The format from the signature, so a stray extension-less guess never picks another decoder.
    QImageReader reader(&buffer, OrganisationProfile::logoFormat(bytes).toLatin1());
    reader.setAutoTransform(true);
    const QSize natural = reader.size();
    if (natural.isValid() && !natural.isEmpty()) {
        const bool vector = reader.format() == "svg";
        if (vector || natural.width() > maxPixels.width() || natural.height() > maxPixels.height())
            reader.setScaledSize(natural.scaled(maxPixels, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > maxPixels.width() || image.height() > maxPixels.height())
        image = image.scaled(maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace qms::report
