#include "CliApp.h"

#include <QCoreApplication>

namespace qms::cli {

int run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return 2; // replaced by the CLI implementation
}

} // namespace qms::cli
