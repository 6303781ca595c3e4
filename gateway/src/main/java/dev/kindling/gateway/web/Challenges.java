package dev.kindling.gateway.web;

/** The 401 answers' slugs, details and {@code WWW-Authenticate} challenges (RFC 6750). */
public final class Challenges {
    public static final String HEADER = "WWW-Authenticate";
    public static final String BEARER = "Bearer realm=\"kindling\"";
    public static final String INVALID_TOKEN = BEARER + ", error=\"invalid_token\"";
    public static final String MISSING = "missing-token";
    public static final String MISSING_DETAIL = "A bearer token is required";
    public static final String INVALID = "invalid-token";
    public static final String INVALID_DETAIL =
            "The bearer token is malformed, expired, wrongly signed or from an unknown issuer";

    private Challenges() {}
}
