package dev.kindling.hub.service;

import dev.kindling.common.persistence.StoredTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Current time in UTC, the one zone the service stores. */
final class Now {
    private Now() {}

    static OffsetDateTime instant() {
        return StoredTime.now();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
