package dev.kindling.gateway;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small builders for the services' answers, in the contract's shapes, with the demo's ids. */
final class DemoShapes {
    static final String PREFIX = "00000000-0000-7000-8000-000000000";
    static final String SG = PREFIX + "101";
    static final String HK = PREFIX + "102";
    static final String SPARK_APAC = PREFIX + "201";

    private DemoShapes() {}

    static String program(String id, String code, String hubs, String targets) {
        return """
                {"id":"%s","code":"%s","name":"Spark Program (Asia Pacific)","kind":"ACCELERATOR",
                 "region":"Asia Pacific","startsOn":"2021-01-01","endsOn":"2023-12-31","archived":false,
                 "hubs":[%s],"targets":[%s],"version":3}"""
                .formatted(id, code, hubs, targets);
    }

    static String runningHub(String id, String code) {
        return "{\"hubId\":\"%s\",\"hubCode\":\"%s\",\"status\":\"ACTIVE\"}".formatted(id, code);
    }

    static String target(String id, String metric, long value) {
        return "{\"id\":\"%s\",\"metric\":\"%s\",\"value\":%d,\"dueOn\":\"2023-12-31\"}".formatted(id, metric, value);
    }

    /** One stats group; counts in the order APPLIED, SCREENING, ACCEPTED, ACTIVE, GRADUATED, REJECTED, WITHDRAWN. */
    static String group(String programId, String hubId, String hubCode, long scaleups, long... counts) {
        String[] statuses = {"APPLIED", "SCREENING", "ACCEPTED", "ACTIVE", "GRADUATED", "REJECTED", "WITHDRAWN"};
        String byStatus = Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6})
                .mapToObj(i -> "\"" + statuses[i] + "\":" + counts[i])
                .collect(Collectors.joining(","));
        return "{\"programId\":\"%s\",\"hubId\":\"%s\",\"hubCode\":\"%s\",\"counts\":{%s},\"scaleups\":%d}"
                .formatted(programId, hubId, hubCode, byStatus, scaleups);
    }

    static String stats(String... groups) {
        return "{\"groups\":[" + String.join(",", groups) + "]}";
    }

    static String row(String kind, String currency, String total, String committed, String disbursed) {
        String available = new java.math.BigDecimal(total)
                .subtract(new java.math.BigDecimal(committed))
                .toPlainString();
        return "{\"group\":\"%s\",\"currency\":\"%s\",\"total\":%s,\"committed\":%s,\"disbursed\":%s,\"available\":%s}"
                .formatted(
                        kind,
                        currency,
                        money(total, currency),
                        money(committed, currency),
                        money(disbursed, currency),
                        money(available, currency));
    }

    static String utilisation(String... rows) {
        return "{\"rows\":[" + String.join(",", rows) + "]}";
    }

    private static String money(String amount, String currency) {
        return "{\"amount\":\"%s\",\"currency\":\"%s\"}".formatted(amount, currency);
    }
}
