package dev.kindling.hub.api;

import dev.kindling.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the hub list (a concrete type, so that generated clients are typed). */
@Schema(name = "HubPage")
public record HubPage(
        List<HubView> items,
        @Schema(description = "Pass as ?cursor= for the next page; absent on the last page") String nextCursor) {

    public static HubPage of(Page<HubView> page) {
        return new HubPage(page.items(), page.nextCursor());
    }
}
