package dev.kindling.common.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time in UTC as PostgreSQL stores it (to the microsecond), so that what an API answers
 * right after a change, the event it records and what a later GET reads are the same instant, written
 * the same way.
 */
public final class StoredTime {
    private StoredTime() {}

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
