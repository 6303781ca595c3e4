package dev.kindling.hub.api;

import dev.kindling.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the program list (a concrete type, so that generated clients are typed). */
@Schema(name = "ProgramPage")
public record ProgramPage(
        List<ProgramView> items,
        @Schema(description = "Pass as ?cursor= for the next page; absent on the last page") String nextCursor) {

    public static ProgramPage of(Page<ProgramView> page) {
        return new ProgramPage(page.items(), page.nextCursor());
    }
}
