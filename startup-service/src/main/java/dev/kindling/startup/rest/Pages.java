package dev.kindling.startup.rest;

import dev.kindling.common.paging.Page;
import dev.kindling.startup.api.CandidateView;
import dev.kindling.startup.api.CohortView;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.api.KpiView;
import dev.kindling.startup.api.ScaleupView;
import dev.kindling.startup.api.StartupView;
import dev.kindling.startup.api.TransitionView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Typed pages for the OpenAPI document: {@code {"items":[…],"nextCursor":…}}. */
final class Pages {
    private Pages() {}

    @Schema(name = "StartupPage")
    public record StartupPage(List<StartupView> items, String nextCursor) {
        static StartupPage of(Page<StartupView> page) {
            return new StartupPage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "CohortPage")
    public record CohortPage(List<CohortView> items, String nextCursor) {
        static CohortPage of(Page<CohortView> page) {
            return new CohortPage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "EnrollmentPage")
    public record EnrollmentPage(List<EnrollmentView> items, String nextCursor) {
        static EnrollmentPage of(Page<EnrollmentView> page) {
            return new EnrollmentPage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "EnrollmentTransitionPage")
    public record TransitionPage(List<TransitionView> items, String nextCursor) {
        static TransitionPage of(Page<TransitionView> page) {
            return new TransitionPage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "KpiSnapshotPage")
    public record KpiPage(List<KpiView> items, String nextCursor) {
        static KpiPage of(Page<KpiView> page) {
            return new KpiPage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "ScaleupPage")
    public record ScaleupPage(List<ScaleupView> items, String nextCursor) {
        static ScaleupPage of(Page<ScaleupView> page) {
            return new ScaleupPage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "ScaleupCandidatePage")
    public record CandidatePage(List<CandidateView> items, String nextCursor) {
        static CandidatePage of(Page<CandidateView> page) {
            return new CandidatePage(page.items(), page.nextCursor());
        }
    }
}
