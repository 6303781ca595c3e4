package dev.kindling.gateway.readmodel;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Startup figures. {@code recruited} counts every enrollment that reached ACCEPTED or beyond and
 * stayed in (ACCEPTED + ACTIVE + GRADUATED); {@code active} and {@code graduated} those statuses.
 */
@Schema(description = "Recruited (ACCEPTED+ACTIVE+GRADUATED enrollments), active, graduated and scale-ups")
public record StartupCounts(long recruited, long active, long graduated, long scaleups) {
    public static final StartupCounts NONE = new StartupCounts(0, 0, 0, 0);

    public static StartupCounts of(Map<String, Long> byStatus, long scaleups) {
        long accepted = count(byStatus, "ACCEPTED");
        long active = count(byStatus, "ACTIVE");
        long graduated = count(byStatus, "GRADUATED");
        return new StartupCounts(accepted + active + graduated, active, graduated, scaleups);
    }

    public StartupCounts plus(StartupCounts other) {
        return new StartupCounts(
                recruited + other.recruited,
                active + other.active,
                graduated + other.graduated,
                scaleups + other.scaleups);
    }

    private static long count(Map<String, Long> byStatus, String status) {
        Long n = byStatus == null ? null : byStatus.get(status);
        return n == null ? 0 : n;
    }
}
