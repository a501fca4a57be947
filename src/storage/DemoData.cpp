#include "DemoData.h"

namespace qms {

// Placeholder until the demo generator lands.
Status DemoData::generate(Workspace&, const DemoOptions&)
{
    return makeError(ErrorCode::Internal, QStringLiteral("demo data generator not built yet"));
}

} // namespace qms
