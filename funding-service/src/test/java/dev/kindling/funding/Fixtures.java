package dev.kindling.funding;

import java.util.UUID;

/** The ids the simulated hub-/startup-service know (see {@link HubAndStartupServiceMock}). */
final class Fixtures {
    /** Run at SG and HK; its cohort COHORT_SG is at SG; STARTUP_OK is ACCEPTED in a cohort at HK. */
    static final UUID PROGRAM = id("10000000-0000-7000-8000-000000000001");
    /** Run at MY only; COHORT_OTHER belongs to it. */
    static final UUID OTHER_PROGRAM = id("10000000-0000-7000-8000-000000000002");
    /** Run at SG; tests make hub-service fail for it. */
    static final UUID FLAKY_PROGRAM = id("10000000-0000-7000-8000-000000000003");
    /** Not known to hub-service. */
    static final UUID UNKNOWN_PROGRAM = id("10000000-0000-7000-8000-000000000009");

    static final UUID HUB_SG = id("20000000-0000-7000-8000-000000000101");
    static final UUID HUB_HK = id("20000000-0000-7000-8000-000000000102");
    static final UUID HUB_MY = id("20000000-0000-7000-8000-000000000103");

    static final UUID COHORT_SG = id("40000000-0000-7000-8000-000000000401");
    static final UUID COHORT_OTHER = id("40000000-0000-7000-8000-000000000402");
    /** Tests make startup-service fail for this cohort. */
    static final UUID COHORT_FLAKY = id("40000000-0000-7000-8000-000000000403");

    static final UUID STARTUP_OK = id("50000000-0000-7000-8000-000000000501");
    static final UUID STARTUP_NONE = id("50000000-0000-7000-8000-000000000502");

    private Fixtures() {}

    private static UUID id(String value) {
        return UUID.fromString(value);
    }
}
