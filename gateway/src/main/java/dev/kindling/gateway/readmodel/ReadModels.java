package dev.kindling.gateway.readmodel;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.readmodel.client.FundingClient;
import dev.kindling.gateway.readmodel.client.HubClient;
import dev.kindling.gateway.readmodel.client.StartupClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Builds the scoreboard and the overview: the services are asked in parallel, each with a timeout,
 * carrying the caller's token; an unknown program or hub (404 from hub-service) is a 404.
 */
@ApplicationScoped
public class ReadModels {
    static final String HUB = "hub-service";
    static final String STARTUP = "startup-service";
    static final String FUNDING = "funding-service";
    private static final int PROGRAMS_PAGE = 200;

    private final HubClient hubs;
    private final StartupClient startups;
    private final FundingClient funding;
    private final Duration timeout;

    public ReadModels(
            @RestClient HubClient hubs,
            @RestClient StartupClient startups,
            @RestClient FundingClient funding,
            GatewayConfig config) {
        this.hubs = hubs;
        this.startups = startups;
        this.funding = funding;
        this.timeout = config.readModels().partTimeout();
    }

    /** A currency to convert funding into, at a date (see funding's utilisation report); or none. */
    public record Reporting(String currency, LocalDate asOf) {
        public static final Reporting NONE = new Reporting(null, null);
    }

    public Uni<Scoreboard> scoreboard(UUID programId, Reporting reporting) {
        return Uni.combine()
                .all()
                .unis(
                        Fetched.of(HUB, hubs.program(programId), timeout),
                        Fetched.of(STARTUP, startups.forProgram(programId), timeout),
                        Fetched.of(
                                FUNDING,
                                funding.forProgram(programId, "kind", reporting.currency(), reporting.asOf()),
                                timeout))
                .with((program, stats, money) -> {
                    requireNotAbsent(program, "program", programId);
                    requireConvertible(money, reporting);
                    ProgramPart programPart =
                            program.found() ? ProgramPart.of(program.value()) : ProgramPart.unavailable();
                    StartupPart startupPart = stats.found() ? StartupPart.of(stats.value()) : StartupPart.unavailable();
                    ProgressPart progress = program.found() && stats.found()
                            ? ProgressPart.of(programPart.targets(), startupPart.total())
                            : ProgressPart.unavailable();
                    return new Scoreboard(programId, programPart, startupPart, funding(money), progress);
                });
    }

    /**
     * The overview of one hub; {@code visibleHubs} holds the hub codes of a partner's token (empty for
     * staff), and a hub outside them is a 404, as in the services: a partner learns nothing about it.
     */
    public Uni<HubOverview> overview(UUID hubId, Optional<Set<String>> visibleHubs, Reporting reporting) {
        return Uni.combine()
                .all()
                .unis(
                        Fetched.of(HUB, hubs.hub(hubId), timeout),
                        Fetched.of(HUB, hubs.programsAt(hubId, PROGRAMS_PAGE), timeout),
                        Fetched.of(STARTUP, startups.forHub(hubId), timeout),
                        Fetched.of(
                                FUNDING,
                                funding.forHub(hubId, "kind", reporting.currency(), reporting.asOf()),
                                timeout))
                .with((hub, programs, stats, money) -> {
                    requireNotAbsent(hub, "hub", hubId);
                    if (visibleHubs.isPresent()) {
                        if (!hub.found()) {
                            throw ProblemException.dependencyUnavailable(HUB, Upstreams.RETRY_AFTER_SECONDS);
                        }
                        if (!visibleHubs.get().contains(hub.value().code())) {
                            throw ProblemException.notFound("hub", hubId);
                        }
                    }
                    requireConvertible(money, reporting);
                    return new HubOverview(
                            hubId,
                            hub.found() ? HubPart.of(hub.value()) : HubPart.unavailable(),
                            programs.found() ? ProgramsPart.of(programs.value()) : ProgramsPart.unavailable(),
                            stats.found() ? HubStartupPart.of(stats.value()) : HubStartupPart.unavailable(),
                            funding(money));
                });
    }

    private static FundingPart funding(Fetched<FundingClient.Utilisation> money) {
        return money.found() ? FundingPart.of(money.value()) : FundingPart.unavailable();
    }

    /** funding-service refused the conversion (a missing rate): the caller asked for it, so say so. */
    private static void requireConvertible(Fetched<?> money, Reporting reporting) {
        if (money.state() == Fetched.State.REFUSED) {
            throw new ProblemException(
                    ProblemType.EXCHANGE_RATE_MISSING,
                    "funding-service has no usable rate to convert every currency into " + reporting.currency()
                            + " on or before " + (reporting.asOf() == null ? "today" : reporting.asOf())
                            + "; GET /api/v1/funding-reports/utilisation with the same reportingCurrency and asOf"
                            + " names each missing pair");
        }
    }

    private static void requireNotAbsent(Fetched<?> fetched, String what, UUID id) {
        if (fetched.state() == Fetched.State.ABSENT) {
            throw ProblemException.notFound(what, id);
        }
    }
}
