package dev.kindling.funding.api;

import jakarta.validation.constraints.Size;

/** Why an approver approves (optional), or why a request is rejected or cancelled (required there). */
public record ApprovalNote(@Size(max = 1000) String reason) {}
