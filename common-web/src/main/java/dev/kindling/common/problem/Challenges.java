package dev.kindling.common.problem;

/** The 401 answers' details and {@code WWW-Authenticate} challenges (RFC 6750), for services and gateway. */
public final class Challenges {
    public static final String HEADER = "WWW-Authenticate";
    public static final String BEARER = "Bearer realm=\"kindling\"";
    public static final String INVALID_TOKEN = BEARER + ", error=\"invalid_token\"";
    public static final String MISSING_DETAIL = "A bearer token is required";
    public static final String INVALID_DETAIL =
            "The bearer token is malformed, expired, wrongly signed or from an unknown issuer";

    private Challenges() {}
}
