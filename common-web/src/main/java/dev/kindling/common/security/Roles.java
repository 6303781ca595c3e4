package dev.kindling.common.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String PARTNER = "partner";
    public static final String VIEWER = "viewer";
    /** Scores the applications assigned to it; scoped by the {@code hubs} claim like a partner. */
    public static final String REVIEWER = "reviewer";

    private Roles() {}
}
