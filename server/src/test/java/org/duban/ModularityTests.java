package org.duban;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's front doors only, and without cycles. */
class ModularityTests {

    @Test
    void featuresDependOnlyOnEachOthersPublicApiWithoutCycles() {
        ApplicationModules.of(DubanApplication.class).verify();
    }
}
