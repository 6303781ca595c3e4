package dev.kindling.gateway.readmodel;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.gateway.config.GatewayConfig;
import dev.kindling.gateway.readmodel.client.FundingClient;
import dev.kindling.gateway.readmodel.client.HubClient;
import dev.kindling.gateway.readmodel.client.HubRecords;
import dev.kindling.gateway.readmodel.client.StartupClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The portfolio in three calls whatever the number of programs: one page of programs from hub-service,
 * every (program, hub) group from startup-service and the utilisation report grouped by program from
 * funding-service, asked in parallel with the caller's token (so each service still decides what the
 * caller may see).
 */
@ApplicationScoped
public class PortfolioReadModel {

    private final HubClient hubs;
    private final StartupClient startups;
    private final FundingClient funding;
    private final Duration timeout;

    public PortfolioReadModel(
            @RestClient HubClient hubs,
            @RestClient StartupClient startups,
            @RestClient FundingClient funding,
            GatewayConfig config) {
        this.hubs = hubs;
        this.startups = startups;
        this.funding = funding;
        this.timeout = config.readModels().partTimeout();
    }

    public Uni<Portfolio> page(int limit, String cursor) {
        return Uni.combine()
                .all()
                .unis(
                        hubs.programs(limit, cursor).ifNoItem().after(timeout).fail(),
                        Fetched.of(ReadModels.STARTUP, startups.all(), timeout),
                        Fetched.of(ReadModels.FUNDING, funding.all("program"), timeout))
                .with((programs, stats, money) -> {
                    HubRecords.ProgramPage page = programsOrFail(programs);
                    List<Portfolio.Line> items = page.items() == null
                            ? List.of()
                            : page.items().stream()
                                    .map(p -> line(p, stats, money))
                                    .toList();
                    return new Portfolio(items, page.nextCursor());
                })
                .onFailure(e -> !(e instanceof ProblemException))
                .transform(e -> ProblemException.dependencyUnavailable("hub-service", Upstreams.RETRY_AFTER_SECONDS));
    }

    private static HubRecords.ProgramPage programsOrFail(RestResponse<HubRecords.ProgramPage> programs) {
        if (programs.getStatus() == 400) {
            throw ProblemException.badRequest("cursor", "is not a cursor of this list");
        }
        if (programs.getStatus() != 200 || programs.getEntity() == null) {
            throw ProblemException.dependencyUnavailable("hub-service", Upstreams.RETRY_AFTER_SECONDS);
        }
        return programs.getEntity();
    }

    private static Portfolio.Line line(
            HubRecords.Program program, Fetched<StartupClient.Stats> stats, Fetched<FundingClient.Utilisation> money) {
        ProgramPart part = ProgramPart.of(program);
        StartupPart startupPart =
                stats.found() ? StartupPart.of(ofProgram(stats.value(), program.id())) : StartupPart.unavailable();
        ProgressPart progress =
                stats.found() ? ProgressPart.of(part.targets(), startupPart.total()) : ProgressPart.unavailable();
        FundingPart fundingPart = money.found()
                ? new FundingPart(
                        PartStatus.AVAILABLE,
                        null,
                        FundingPart.byCurrency(rowsOf(money.value(), program.id())),
                        null,
                        null,
                        null,
                        null)
                : FundingPart.unavailable();
        return new Portfolio.Line(
                program.id(),
                program.code(),
                program.name(),
                program.kind(),
                program.region(),
                program.startsOn(),
                program.endsOn(),
                startupPart,
                progress,
                fundingPart);
    }

    private static StartupClient.Stats ofProgram(StartupClient.Stats stats, UUID programId) {
        List<StartupClient.Group> groups = stats.groups() == null ? List.of() : stats.groups();
        return new StartupClient.Stats(
                groups.stream().filter(g -> programId.equals(g.programId())).toList());
    }

    private static List<FundingClient.Row> rowsOf(FundingClient.Utilisation report, UUID programId) {
        List<FundingClient.Row> rows = report.rows() == null ? List.of() : report.rows();
        String id = programId.toString();
        return rows.stream().filter(r -> id.equals(r.group())).toList();
    }
}
