package dev.kindling.gateway.readmodel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The intake funnel: enrollments that ever reached each stage (startup-service's REACHED counters):
 * applied counts every enrollment, screened / accepted / active those that ever got there whatever
 * happened after, graduated those GRADUATED.
 */
@Schema(
        name = "FunnelCounts",
        description = "Enrollments that ever reached each stage: applied → screened → accepted → active → graduated")
public record FunnelCounts(long applied, long screened, long accepted, long active, long graduated) {
    public static final FunnelCounts NONE = new FunnelCounts(0, 0, 0, 0, 0);

    public FunnelCounts plus(FunnelCounts other) {
        if (other == null) {
            return this;
        }
        return new FunnelCounts(
                applied + other.applied,
                screened + other.screened,
                accepted + other.accepted,
                active + other.active,
                graduated + other.graduated);
    }
}
