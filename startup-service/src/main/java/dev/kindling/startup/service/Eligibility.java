package dev.kindling.startup.service;

import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.startup.api.EligibilityRules;
import dev.kindling.startup.domain.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A call's eligibility rules against a startup: 422 {@code not-eligible} naming each rule that fails. */
final class Eligibility {
    private Eligibility() {}

    static List<FieldError> failures(EligibilityRules rules, Startup s) {
        List<FieldError> failed = new ArrayList<>();
        if (rules == null) {
            return failed;
        }
        if (rules.countries() != null
                && !rules.countries().isEmpty()
                && !rules.countries().contains(s.country)) {
            failed.add(new FieldError(
                    "eligibility.countries",
                    "the startup is in " + s.country + "; the call takes " + String.join(", ", rules.countries())));
        }
        if (rules.foundedOnOrAfter() != null
                && (s.foundedOn == null || s.foundedOn.isBefore(rules.foundedOnOrAfter()))) {
            failed.add(new FieldError(
                    "eligibility.foundedOnOrAfter",
                    (s.foundedOn == null ? "the startup's founding date is not known" : "founded on " + s.foundedOn)
                            + "; the call takes startups founded on or after " + rules.foundedOnOrAfter()));
        }
        if (rules.minTeamSize() != null && (s.teamSize == null || s.teamSize < rules.minTeamSize())) {
            failed.add(new FieldError("eligibility.minTeamSize", team(s) + "; at least " + rules.minTeamSize()));
        }
        if (rules.maxTeamSize() != null && (s.teamSize == null || s.teamSize > rules.maxTeamSize())) {
            failed.add(new FieldError("eligibility.maxTeamSize", team(s) + "; at most " + rules.maxTeamSize()));
        }
        if (rules.sectors() != null
                && !rules.sectors().isEmpty()
                && (s.sector == null || rules.sectors().stream().noneMatch(x -> x.equalsIgnoreCase(s.sector)))) {
            failed.add(new FieldError(
                    "eligibility.sectors",
                    (s.sector == null ? "the startup's sector is not known" : "the startup is in " + s.sector)
                            + "; the call takes " + String.join(", ", rules.sectors())));
        }
        return failed;
    }

    static void require(EligibilityRules rules, Startup s) {
        List<FieldError> failed = failures(rules, s);
        if (!failed.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_ELIGIBLE,
                    "Startup " + s.id + " does not meet " + failed.size() + " rule(s) of the call",
                    failed,
                    Map.of());
        }
    }

    private static String team(Startup s) {
        return s.teamSize == null ? "the startup's team size is not known" : "a team of " + s.teamSize;
    }
}
