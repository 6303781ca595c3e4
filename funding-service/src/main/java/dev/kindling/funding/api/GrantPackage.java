package dev.kindling.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Grants as a 360Giving data package (standard 1.4): field names, types and required fields are the
 * standard's; {@code illustrative} is Kindling's own addition (360Giving allows additional fields).
 */
@Schema(description = "A 360Giving data package (https://standard.threesixtygiving.org)")
public record GrantPackage(
        @Schema(examples = "1.4") String version,
        String title,
        String description,
        @Schema(description = "When this package was made") LocalDate issued,
        Publisher publisher,
        @Schema(description = "The licence of the data, as a URI") String license,
        @Schema(description = "Empty when no grant matched (the standard asks for at least one to publish)")
                List<Grant> grants) {

    public record Publisher(String identifier, String name) {}

    /** One grant: an allocation to a startup or a cohort. */
    public record Grant(
            @Schema(description = "The organisation prefix, then the allocation's id") String id,
            String title,
            String description,
            String currency,
            @Schema(description = "The allocation's amount, as a JSON number") BigDecimal amountAwarded,
            @Schema(description = "The day the allocation was committed") LocalDate awardDate,
            List<Organization> recipientOrganization,
            @Schema(description = "The budget's source (funder)") List<Organization> fundingOrganization,
            List<Programme> grantProgramme,
            OffsetDateTime dateModified,
            @Schema(description = "Kindling: a demo grant made up to illustrate, not a published fact")
                    boolean illustrative) {}

    public record Organization(String id, String name) {}

    public record Programme(String code, String title) {}
}
