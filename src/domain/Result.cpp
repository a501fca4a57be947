#include "Result.h"

#include <QStringList>

namespace qms {

QString Error::describe() const {
    QStringList lines;
    if (!message.isEmpty())
        lines << message;
    for (const auto& f : fields)
        lines << (f.field.isEmpty() ? f.message : QStringLiteral("%1: %2").arg(f.field, f.message));
    return lines.join(QLatin1Char('\n'));
}

Error Error::invalid(QList<FieldError> fields, QString message) {
    if (message.isEmpty())
        message = fields.size() == 1 ? QStringLiteral("The record has a problem:")
                                     : QStringLiteral("The record has %1 problems:").arg(fields.size());
    return Error{ErrorCode::Invalid, std::move(message), std::move(fields)};
}

} // namespace qms
