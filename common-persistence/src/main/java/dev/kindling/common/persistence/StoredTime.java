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

    /** A timestamptz column of a native query's row (as the driver hands it over), in UTC; null stays null. */
    public static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
