package dev.kindling.hub.api;

import dev.kindling.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the partner list (a concrete type, so that generated clients are typed). */
@Schema(name = "PartnerPage")
public record PartnerPage(
        List<PartnerView> items,
        @Schema(description = "Pass as ?cursor= for the next page; absent on the last page") String nextCursor) {

    public static PartnerPage of(Page<PartnerView> page) {
        return new PartnerPage(page.items(), page.nextCursor());
    }
}
