package dev.kindling.hub.api;

/** Shapes shared by the request records (and the code filters of the lists). */
public final class Codes {
    /** Hub and program codes: upper-case letters and digits, in groups joined by hyphens. */
    public static final String PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

    static final String PATTERN_MESSAGE = "must be upper-case letters and digits, groups joined by '-'";

    private Codes() {}
}
