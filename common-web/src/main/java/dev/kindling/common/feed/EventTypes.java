package dev.kindling.common.feed;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of event types the services record, {@code <aggregate>.<change>}; each event's
 * {@code data} is the aggregate as its GET shows it after the change (the README lists what each is).
 * The feed's {@code types} filter and webhook subscriptions accept these names only (the suite test of
 * the feed checks that every event the real services record is in it).
 */
public final class EventTypes {
    private static final Map<String, List<String>> BY_AGGREGATE = new LinkedHashMap<>();

    static {
        BY_AGGREGATE.put("hub", List.of("created", "updated", "activated", "closed", "archived", "deleted"));
        BY_AGGREGATE.put(
                "program",
                List.of(
                        "created",
                        "updated",
                        "archived",
                        "deleted",
                        "hub_added",
                        "hub_removed",
                        "target_added",
                        "target_updated",
                        "target_removed"));
        BY_AGGREGATE.put("partner", List.of("created", "updated", "archived", "deleted", "linked", "link_updated"));
        BY_AGGREGATE.put("startup", List.of("created", "updated", "kpi_recorded", "scaleup_marked"));
        BY_AGGREGATE.put("cohort", List.of("created"));
        BY_AGGREGATE.put(
                "enrollment",
                List.of("applied", "screening", "accepted", "active", "graduated", "rejected", "withdrawn"));
        BY_AGGREGATE.put("call", List.of("created", "updated", "opened", "closed", "reviewers_assigned"));
        BY_AGGREGATE.put("application", List.of("created", "updated", "submitted", "withdrawn"));
        BY_AGGREGATE.put("review", List.of("assigned", "submitted", "reopened", "removed"));
        BY_AGGREGATE.put("reviewer_conflict", List.of("declared"));
        BY_AGGREGATE.put("budget", List.of("opened", "amended"));
        BY_AGGREGATE.put("allocation", List.of("created", "cancelled", "released"));
        BY_AGGREGATE.put("tranche", List.of("created", "removed", "submitted", "approved", "rejected"));
        BY_AGGREGATE.put("disbursement", List.of("made", "reversed"));
        BY_AGGREGATE.put("approval_request", List.of("created", "approved", "executed", "rejected", "cancelled"));
        BY_AGGREGATE.put("exchange_rate", List.of("created", "imported"));
    }

    /** Every type, in catalogue order. */
    public static final List<String> ALL = BY_AGGREGATE.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(change -> e.getKey() + "." + change))
            .toList();

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private EventTypes() {}

    public static boolean known(String type) {
        return KNOWN.contains(type);
    }

    /** The names in a comma-separated list that are not event types. */
    public static List<String> unknown(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).filter(t -> !known(t)).collect(Collectors.toList());
    }
}
