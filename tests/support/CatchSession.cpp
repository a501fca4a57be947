#define CATCH_CONFIG_RUNNER
#include "CatchSession.h"

#include <catch2/catch.hpp>

int qms::test::runCatchSession(int argc, char* argv[]) {
    return Catch::Session().run(argc, argv);
}
