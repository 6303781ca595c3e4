package dev.kindling.hub.api;

import dev.kindling.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list of partner links (a concrete type, so that generated clients are typed). */
@Schema(name = "PartnerLinkPage")
public record LinkPage(
        List<LinkView> items,
        @Schema(description = "Pass as ?cursor= for the next page; absent on the last page") String nextCursor) {

    public static LinkPage of(Page<LinkView> page) {
        return new LinkPage(page.items(), page.nextCursor());
    }
}
