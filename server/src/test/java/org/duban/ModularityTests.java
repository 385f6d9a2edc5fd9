package org.duban;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features talk through each other's front doors only, and without cycles. The plan reader is a library of its own
 * (the plan-reader module, with packages of its own), used like any other dependency, so it is not one of the
 * application's modules.
 */
class ModularityTests {

    @Test
    void featuresDependOnlyOnEachOthersPublicApiWithoutCycles() {
        ApplicationModules.of(DubanApplication.class, ApplicationModules.Filters.withoutModule("planreader")).verify();
    }
}
