package dev.kindling.gateway.readmodel.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The parts of hub-service's answers the read models use (unknown fields are ignored). */
public final class HubRecords {
    private HubRecords() {}

    public record Program(
            UUID id,
            String code,
            String name,
            String kind,
            String region,
            LocalDate startsOn,
            LocalDate endsOn,
            List<ProgramHub> hubs,
            List<Target> targets) {}

    public record ProgramHub(UUID hubId, String hubCode, String status) {}

    public record Target(UUID id, String metric, BigDecimal value, LocalDate dueOn) {}

    public record Hub(
            UUID id,
            String code,
            String name,
            String kind,
            String country,
            String city,
            String region,
            String status) {}

    public record ProgramPage(List<Program> items, String nextCursor) {}
}
