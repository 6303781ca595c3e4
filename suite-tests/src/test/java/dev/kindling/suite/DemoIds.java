package dev.kindling.suite;

import java.util.Map;

/** Ids of the demo data's resources, by the collection a path parameter follows (…/hubs/{id} → a hub). */
final class DemoIds {
    static final Map<String, String> BY_COLLECTION = Map.ofEntries(
            Map.entry("hubs", "00000000-0000-7000-8000-000000000101"),
            Map.entry("programs", "00000000-0000-7000-8000-000000000201"),
            Map.entry("partners", "00000000-0000-7000-8000-000000000301"),
            Map.entry("cohorts", "00000000-0000-7000-8000-000000000401"),
            Map.entry("startups", "00000000-0000-7000-8000-000000000501"),
            Map.entry("enrollments", "00000000-0000-7000-8000-000000000601"),
            Map.entry("budgets", "00000000-0000-7000-8000-000000000701"),
            Map.entry("allocations", "00000000-0000-7000-8000-000000000801"),
            Map.entry("disbursements", "00000000-0000-7000-8000-000000000901"),
            Map.entry("approval-requests", "00000000-0000-7000-8000-00000000b001"),
            Map.entry("calls", "00000000-0000-7000-8000-00000000e001"),
            Map.entry("applications", "00000000-0000-7000-8000-00000000e103"),
            Map.entry("reviews", "00000000-0000-7000-8000-00000000f010"),
            Map.entry("reviewer-conflicts", "00000000-0000-7000-8000-00000000f901"),
            Map.entry("tranches", "00000000-0000-7000-8000-00000000c002"),
            Map.entry("exchange-rates", "00000000-0000-7000-8000-00000000d001"),
            Map.entry("targets", "00000000-0000-7000-8000-000000001201"),
            Map.entry("links", "00000000-0000-7000-8000-000000001301"),
            Map.entry("webhooks", "00000000-0000-7000-8000-00000000a901"),
            Map.entry("webhook-deliveries", "00000000-0000-7000-8000-00000000a951"));

    private DemoIds() {}
}
