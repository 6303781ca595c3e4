package dev.kindling.startup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reviewer pool an automatic assignment draws from. */
@Schema(name = "AutoAssignmentRequest")
public record AutoAssignmentRequest(
        @NotNull
                @Size(min = 1, max = 1000)
                @Schema(description = "Reviewers' token subjects; each application gets the call's number of them")
                List<@NotBlank @Size(max = 200) String> reviewers) {}
