#include "cli/CliApp.h"

int main(int argc, char* argv[]) {
    return qms::cli::run(argc, argv);
}
