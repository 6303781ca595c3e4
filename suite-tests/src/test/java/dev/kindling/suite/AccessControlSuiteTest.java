package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.testing.ContractCheck;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1 (object level) and API5 (function level) as invariants over the committed contract, through
 * the gateway with the real services: every operation is asked, so a new operation is covered the day it
 * appears. A viewer writes nothing; a reviewer reaches only calls, applications, reviews and its
 * conflicts; a partner of another hub gets none of the demo's Singapore records, which an admin reads.
 */
class AccessControlSuiteTest extends AgainstTheSuite {
    private static final String ADMIN = TestTokens.admin();
    /** Collections whose records belong to a hub (or to staff only): other hubs' partners never read them. */
    private static final Set<String> PRIVATE = Set.of(
            "cohorts",
            "startups",
            "enrollments",
            "calls",
            "applications",
            "reviews",
            "reviewer-conflicts",
            "budgets",
            "allocations",
            "disbursements",
            "approval-requests",
            "tranches",
            "webhooks",
            "webhook-deliveries");
    /** What a reviewer may do: read calls and its applications, its reviews and conflicts, score, declare. */
    private static final Set<String> REVIEWER_OPERATIONS = Set.of(
            "GET /api/v1/calls",
            "GET /api/v1/calls/{id}",
            "GET /api/v1/applications",
            "GET /api/v1/applications/{id}",
            "GET /api/v1/reviews",
            "GET /api/v1/reviews/{id}",
            "PUT /api/v1/reviews/{id}",
            "POST /api/v1/reviews/{id}/submit",
            "GET /api/v1/reviewer-conflicts",
            "GET /api/v1/reviewer-conflicts/{id}",
            "POST /api/v1/reviewer-conflicts");

    private record Operation(String method, String template, String path, boolean csvBody) {
        String name() {
            return method + " " + template;
        }
    }

    /** Every /api operation of the committed contract, its path made concrete with the demo's ids. */
    private static List<Operation> operations() {
        JsonNode document = ContractCheck.committed().document();
        List<Operation> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode content = method.getValue().path("requestBody").path("content");
                all.add(new Operation(
                        method.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        concrete(path.getKey()),
                        content.has("text/csv") && !content.has("application/json")));
            }
        }
        return all;
    }

    private static String concrete(String template) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                segments[i] =
                        DemoIds.BY_COLLECTION.getOrDefault(segments[i - 1], "00000000-0000-7000-8000-000000000000");
            }
        }
        return String.join("/", segments);
    }

    private static Answer ask(String token, Operation operation) {
        return switch (operation.method()) {
            case "GET" -> gateway.get(token, operation.path());
            case "POST" ->
                operation.csvBody()
                        ? gateway.postText(token, operation.path(), "text/csv", "Date,USD\n2026-01-02,1.1\n")
                        : gateway.post(token, operation.path(), "{}");
            case "PUT" -> gateway.put(token, operation.path(), "{}", "\"0\"");
            case "DELETE" -> gateway.delete(token, operation.path());
            default -> throw new IllegalStateException(operation.name());
        };
    }

    /** Asks every operation the filter selects; returns those whose answer the check refuses. */
    private static List<String> violations(
            String token, BiPredicate<Operation, Answer> ok, Predicate<Operation> which) {
        List<String> violations = new ArrayList<>();
        int asked = 0;
        for (Operation operation : operations()) {
            if (!which.test(operation)) {
                continue;
            }
            asked++;
            Answer answer = ask(token, operation);
            if (!ok.test(operation, answer)) {
                violations.add(operation.name() + " -> " + answer.status() + " "
                        + answer.raw().body());
            }
        }
        assertTrue(asked > 0, "nothing asked");
        System.out.printf("access control: %d operations asked, %d violations%n", asked, violations.size());
        return violations;
    }

    private static boolean forbidden(Answer answer) {
        return answer.status() == 403
                && answer.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    @Test
    void aViewerWritesNothing() {
        assertEquals(List.of(), violations(TestTokens.viewer(), (op, answer) -> forbidden(answer), op -> !op.method()
                .equals("GET")));
    }

    @Test
    void aReviewerReachesOnlyCallsApplicationsReviewsAndItsConflicts() {
        String reviewer = TestTokens.reviewer("reviewer-1", "SG");
        assertEquals(
                List.of(),
                violations(
                        reviewer, (op, answer) -> forbidden(answer), op -> !REVIEWER_OPERATIONS.contains(op.name())));
    }

    @Test
    void aPartnerOfAnotherHubReadsNoneOfSingaporesRecordsThatAnAdminReads() {
        String thai = TestTokens.uniquePartner("TH");
        List<String> violations = new ArrayList<>();
        int records = 0;
        int asked = 0;
        for (Operation op : operations()) {
            String[] segments = op.template().split("/");
            if (!op.method().equals("GET") || segments.length < 5 || !PRIVATE.contains(segments[3])) {
                continue;
            }
            asked++;
            if (segments.length == 5) {
                records++;
                Answer admin = gateway.get(ADMIN, op.path());
                if (admin.status() != 200) {
                    violations.add("admin cannot read the demo record " + op.path() + ": " + admin.status());
                }
            }
            Answer partner = gateway.get(thai, op.path());
            if (partner.status() != 403 && partner.status() != 404) {
                violations.add(op.name() + " as a TH partner -> " + partner.status() + " "
                        + partner.raw().body());
            }
        }
        System.out.printf(
                "access control: %d records and sub-resources of Singapore read as a TH partner, %d violations%n",
                asked, violations.size());
        assertTrue(records >= PRIVATE.size(), "records asked: " + records);
        assertEquals(List.of(), violations);
    }
}
