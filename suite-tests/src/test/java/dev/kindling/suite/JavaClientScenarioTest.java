package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.client.ApiClient;
import dev.kindling.client.ApiException;
import dev.kindling.client.ApiResponse;
import dev.kindling.client.api.AllocationsApi;
import dev.kindling.client.api.BudgetsApi;
import dev.kindling.client.api.CohortsApi;
import dev.kindling.client.api.DisbursementsApi;
import dev.kindling.client.api.EnrollmentsApi;
import dev.kindling.client.api.HubsApi;
import dev.kindling.client.api.ProgramsApi;
import dev.kindling.client.api.ReadModelsApi;
import dev.kindling.client.api.StartupsApi;
import dev.kindling.client.model.AllocationRequest;
import dev.kindling.client.model.AllocationView;
import dev.kindling.client.model.BudgetKind;
import dev.kindling.client.model.BudgetRequest;
import dev.kindling.client.model.BudgetView;
import dev.kindling.client.model.CohortRequest;
import dev.kindling.client.model.CurrencyLine;
import dev.kindling.client.model.DisbursementRequest;
import dev.kindling.client.model.Enrollment;
import dev.kindling.client.model.EnrollmentRequest;
import dev.kindling.client.model.EnrollmentStatus;
import dev.kindling.client.model.Hub;
import dev.kindling.client.model.HubActivation;
import dev.kindling.client.model.HubCreate;
import dev.kindling.client.model.HubKind;
import dev.kindling.client.model.HubStatus;
import dev.kindling.client.model.Money;
import dev.kindling.client.model.Program;
import dev.kindling.client.model.ProgramCreate;
import dev.kindling.client.model.ProgramHubAdd;
import dev.kindling.client.model.ProgramKind;
import dev.kindling.client.model.RecipientRef;
import dev.kindling.client.model.RecipientType;
import dev.kindling.client.model.Region;
import dev.kindling.client.model.Scoreboard;
import dev.kindling.client.model.StartupRequest;
import dev.kindling.client.model.TransitionRequest;
import dev.kindling.common.testing.TestTokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A program office's scenario through the Java client generated from the committed contract
 * (clients/java, openapi-generator with validation on), against the real suite behind its gateway: hub
 * → program → cohort → startup → enrollment to ACTIVE → budget → allocation → disbursement →
 * scoreboard, with ETags and Locations read from the typed answers. If the contract under-declares
 * (a field, a type, an answer), this is where a generated client breaks.
 */
class JavaClientScenarioTest extends AgainstTheSuite {
    private static ApiClient admin;
    private static ApiClient manager;

    @BeforeAll
    static void makeClients() {
        admin = client(TestTokens.admin());
        manager = client(TestTokens.manager());
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.gateway().toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aProgramOfficeRunsItsProgramThroughTheGeneratedClient() throws Exception {
        String code =
                "J" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff).toUpperCase(Locale.ROOT);
        HubsApi hubs = new HubsApi(admin);
        ApiResponse<Hub> hubCreated = hubs.createHubWithHttpInfo(
                new HubCreate()
                        .code(code)
                        .name("Client hub " + code)
                        .kind(HubKind.STARTUP_HUB)
                        .country("SG")
                        .city("Singapore")
                        .region(Region.ASIA_PACIFIC),
                key());
        Hub hub = located(hubCreated, "/api/v1/hubs/", hubCreated.getData().getId());
        Hub active = hubs.activateHubWithHttpInfo(
                        hub.getId(), key(), etag(hubCreated), new HubActivation().openedOn(LocalDate.of(2026, 1, 5)))
                .getData();
        assertEquals(HubStatus.ACTIVE, active.getStatus());

        ProgramsApi programs = new ProgramsApi(admin);
        ApiResponse<Program> programCreated = programs.createProgramWithHttpInfo(
                new ProgramCreate()
                        .code(code)
                        .name("Client program " + code)
                        .kind(ProgramKind.ACCELERATOR)
                        .region(Region.ASIA_PACIFIC)
                        .startsOn(LocalDate.of(2026, 1, 1))
                        .endsOn(LocalDate.of(2027, 12, 31)),
                key());
        Program program = located(
                programCreated, "/api/v1/programs/", programCreated.getData().getId());
        programs.addProgramHubWithHttpInfo(program.getId(), new ProgramHubAdd().hubId(hub.getId()), key(), null);

        ReadModelsApi readModels = new ReadModelsApi(manager);
        Scoreboard before = readModels.getProgramScoreboard(program.getId(), null, null);
        long recruitedBefore = before.getStartups().getTotal().getRecruited();
        BigDecimal committedBefore = committed(before, "USD");

        ApiResponse<dev.kindling.client.model.Cohort> cohortCreated = new CohortsApi(manager)
                .createCohortWithHttpInfo(
                        new CohortRequest()
                                .programId(program.getId())
                                .hubId(hub.getId())
                                .name("Client cohort " + code)
                                .startsOn(LocalDate.of(2026, 12, 1))
                                .endsOn(LocalDate.of(2027, 5, 31))
                                .capacity(5),
                        key());
        UUID cohort = located(
                        cohortCreated,
                        "/api/v1/cohorts/",
                        cohortCreated.getData().getId())
                .getId();

        var startupCreated = new StartupsApi(manager)
                .createStartupWithHttpInfo(
                        new StartupRequest()
                                .name("Client Robotics " + code + " (illustrative)")
                                .country("SG")
                                .sector("ROBOTICS"),
                        key());
        UUID startup = located(
                        startupCreated,
                        "/api/v1/startups/",
                        startupCreated.getData().getId())
                .getId();

        EnrollmentsApi enrollments = new EnrollmentsApi(manager);
        ApiResponse<Enrollment> step = enrollments.createEnrollmentWithHttpInfo(
                new EnrollmentRequest().startupId(startup).cohortId(cohort), key());
        UUID enrollment =
                located(step, "/api/v1/enrollments/", step.getData().getId()).getId();
        String stale = etag(step);
        step = enrollments.screenEnrollmentWithHttpInfo(enrollment, key(), etag(step), reason());
        step = enrollments.acceptEnrollmentWithHttpInfo(enrollment, key(), etag(step), reason());
        String staleCopy = stale;
        ApiException conflict = assertThrows(
                ApiException.class,
                () -> enrollments.activateEnrollmentWithHttpInfo(enrollment, key(), staleCopy, reason()));
        assertEquals(412, conflict.getCode(), conflict.getResponseBody());
        step = enrollments.activateEnrollmentWithHttpInfo(enrollment, key(), etag(step), reason());
        assertEquals(EnrollmentStatus.ACTIVE, step.getData().getStatus());

        ApiResponse<BudgetView> budgetCreated = new BudgetsApi(admin)
                .createBudgetWithHttpInfo(
                        new BudgetRequest()
                                .programId(program.getId())
                                .name("Client budget " + code)
                                .source("Huawei")
                                .kind(BudgetKind.CASH)
                                .startsOn(LocalDate.of(2026, 1, 1))
                                .total(money("500000.00")),
                        key());
        UUID budget = located(
                        budgetCreated,
                        "/api/v1/budgets/",
                        budgetCreated.getData().getId())
                .getId();
        ApiResponse<AllocationView> allocated = new AllocationsApi(manager)
                .createAllocationWithHttpInfo(
                        new AllocationRequest()
                                .budgetId(budget)
                                .recipient(new RecipientRef()
                                        .type(RecipientType.STARTUP)
                                        .id(startup))
                                .amount(money("40000.00")),
                        key());
        AllocationView allocation =
                located(allocated, "/api/v1/allocations/", allocated.getData().getId());
        assertEquals(code, allocation.getRecipient().getHubCode());
        var paid = new DisbursementsApi(manager)
                .createDisbursementWithHttpInfo(
                        new DisbursementRequest()
                                .allocationId(allocation.getId())
                                .amount(money("15000.00"))
                                .paidOn(LocalDate.of(2026, 12, 2))
                                .externalReference("PAY-" + code),
                        key());
        located(paid, "/api/v1/disbursements/", paid.getData().getId());
        assertEquals(
                "15000.00",
                new AllocationsApi(manager)
                        .getAllocation(allocation.getId())
                        .getDisbursed()
                        .getAmount());

        Scoreboard after = readModels.getProgramScoreboard(program.getId(), null, null);
        assertEquals(recruitedBefore + 1, (long) after.getStartups().getTotal().getRecruited());
        assertEquals(0, committedBefore.add(new BigDecimal("40000.00")).compareTo(committed(after, "USD")));
    }

    /** The answer's Location names the gateway's address of the new resource; its data is returned. */
    private static <T> T located(ApiResponse<T> answer, String collection, UUID id) {
        assertEquals(201, answer.getStatusCode());
        assertEquals(suite.gateway().resolve(collection + id).toString(), header(answer, "Location"));
        assertTrue(etag(answer).matches("\"[0-9]+\""), etag(answer));
        return answer.getData();
    }

    private static String etag(ApiResponse<?> answer) {
        return header(answer, "ETag");
    }

    private static String header(ApiResponse<?> answer, String name) {
        return answer.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + answer.getHeaders()));
    }

    private static BigDecimal committed(Scoreboard board, String currency) {
        List<CurrencyLine> lines = board.getFunding().getByCurrency();
        return lines == null
                ? BigDecimal.ZERO
                : lines.stream()
                        .filter(line -> currency.equals(line.getCurrency()))
                        .map(line -> new BigDecimal(line.getCommitted().getAmount()))
                        .findFirst()
                        .orElse(BigDecimal.ZERO);
    }

    private static Money money(String amount) {
        return new Money().amount(amount).currency("USD");
    }

    private static TransitionRequest reason() {
        return new TransitionRequest().reason("through the Java client");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
