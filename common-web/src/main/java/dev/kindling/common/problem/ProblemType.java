package dev.kindling.common.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of problem types: every {@code type} a Kindling API (the three services and the
 * gateway) answers, with its status and the situation it names. One situation has one type in every
 * service. {@code docs/PROBLEMS.md} is generated from this enum and checked against it by
 * {@code ProblemCatalogueTest}, so the two cannot drift: add a constant here, run the test, commit both.
 */
public enum ProblemType {
    INVALID_REQUEST(
            400,
            "A query parameter, header or body field is missing, malformed or out of range (a bad filter,"
                    + " cursor or limit too); `errors` names each field"),
    MALFORMED_JSON(
            400,
            "The body is not one well-formed JSON value: a syntax error, a duplicate key, anything after the"
                    + " value, or bytes that are not UTF-8"),
    MISSING_TOKEN(401, "No bearer token was sent (`WWW-Authenticate: Bearer realm=\"kindling\"`)"),
    INVALID_TOKEN(
            401,
            "The bearer token is malformed, expired, wrongly signed or from another issuer"
                    + " (`WWW-Authenticate` with `error=\"invalid_token\"`)"),
    FORBIDDEN(403, "The caller's role may not use this operation"),
    SELF_APPROVAL(
            403,
            "The requester of an allocation or disbursement held for approval can never approve it"
                    + " (segregation of duties); someone else must"),
    NOT_FOUND(
            404,
            "No resource has this id (or the caller may not see it: a partner learns nothing about other"
                    + " hubs), or nothing is served at this path"),
    METHOD_NOT_ALLOWED(405, "The path exists but not with this method (`Allow` lists the methods)"),
    NOT_ACCEPTABLE(406, "The `Accept` header asks for a representation the operation does not give"),
    ARCHIVED(409, "The resource (or one the request names) is archived and takes no changes or new links"),
    ALREADY_ARCHIVED(409, "Archiving a resource that is already archived"),
    ARCHIVE_INSTEAD(409, "Deleting a resource that is referenced or has history: archive it instead"),
    DUPLICATE(
            409,
            "A resource with the same unique value exists (code, name, website, link, date…); `errors` names"
                    + " the field and `Location`, where known, the existing resource"),
    ILLEGAL_TRANSITION(
            409,
            "The resource's current status does not allow this action (a hub, enrollment or allocation"
                    + " status machine); the detail names the allowed moves"),
    HUB_HAS_COHORTS(409, "Removing a hub from a program while cohorts of the program run at that hub"),
    COHORT_FULL(409, "Accepting an enrollment into a cohort whose seats are all taken"),
    CALL_CLOSED(409, "Submitting an application to a call that is not open, or after its closing time"),
    REVIEWER_CONFLICT(409, "Assigning a reviewer who declared a conflict with the application's startup or partner"),
    REVIEWERS_SHORT(
            409,
            "Too few eligible reviewers (not yet assigned, without a conflict) for some applications; `errors`"
                    + " names each; nothing was assigned"),
    BUDGET_OVERSPENT(409, "An allocation would commit more than the budget has left"),
    LINE_OVERSPENT(409, "An allocation would commit more than the budget's yearly line has left"),
    ALLOCATION_OVERDRAWN(409, "A disbursement would pay more than the allocation has left to pay"),
    ALLOCATION_HAS_DISBURSEMENTS(409, "Cancelling an allocation something was paid from: release it instead"),
    DISBURSEMENT_ALREADY_REVERSED(409, "Reversing a disbursement that was already reversed"),
    SCHEDULE_EXCEEDS_ALLOCATION(
            409, "A tranche would make an allocation's schedule larger than what the allocation still commits"),
    SCHEDULE_AFTER_PAYMENT(
            409,
            "A first tranche for an allocation already paid without one: a schedule covers an allocation from"
                    + " its first payment"),
    TRANCHE_NOT_APPROVED(409, "Paying a tranche whose milestone is not approved"),
    TRANCHE_OVERDRAWN(409, "A disbursement would pay more than the tranche has left to pay"),
    TOTAL_BELOW_COMMITTED(409, "An amendment would set a total below what is already committed"),
    TOTAL_UNCHANGED(409, "An amendment would set the total it already has"),
    IDEMPOTENCY_KEY_IN_FLIGHT(409, "A request with this Idempotency-Key is still running; retry shortly"),
    CURSOR_EXPIRED(
            410,
            "A change-feed cursor older than the feed's retention: events after it were deleted unread;"
                    + " read the current state again and start a new cursor"),
    STALE_VERSION(412, "`If-Match` names a version that is no longer current: read the resource again"),
    BODY_TOO_LARGE(413, "The request body is larger than the limit"),
    URI_TOO_LONG(414, "The path and query string are longer than the limit (8 KiB): send less, or page"),
    UNSUPPORTED_MEDIA_TYPE(415, "The body is not `application/json`"),
    INVALID_REFERENCE(
            422,
            "An id in the request names nothing that exists (or that the caller may see), in this service"
                    + " or the one that owns it"),
    INELIGIBLE_REFERENCE(
            422,
            "An id in the request names something that exists but cannot be used for this (archived, not"
                    + " part of the program, not open, not in an eligible status)"),
    NOT_ELIGIBLE(422, "The startup does not meet the call's eligibility rules; `errors` names each rule that fails"),
    CURRENCY_MISMATCH(422, "An amount is not in the currency of the budget it belongs to"),
    TRANCHE_REQUIRED(
            422,
            "The allocation pays by tranches, so a disbursement must name one (`trancheId`); or it has none, and"
                    + " a disbursement must not"),
    EXCHANGE_RATE_MISSING(
            422,
            "No exchange rate for a currency pair on or before the date asked (or only one older than the"
                    + " allowed age); the detail names the pair"),
    IDEMPOTENCY_KEY_REUSED(422, "An Idempotency-Key already used for another request (another body or another target)"),
    IF_MATCH_REQUIRED(428, "`If-Match` is required for this change (a replacement or an amendment)"),
    RATE_LIMITED(429, "The caller sent too many requests (`Retry-After` says when to try again)"),
    HEADERS_TOO_LARGE(431, "The request's headers are larger than the limit (32 KiB), e.g. an oversized token"),
    INTERNAL_ERROR(500, "Something broke on our side; quote the `requestId`"),
    UPSTREAM_UNAVAILABLE(502, "The gateway could not reach the service behind it, or lost the connection"),
    DEPENDENCY_UNAVAILABLE(
            503,
            "Another service this request must check with did not answer (down, slow, failing);"
                    + " nothing was written (`Retry-After`)"),
    CONTENTION(503, "The change collided with a concurrent one; nothing was written (`Retry-After`)"),
    DATABASE_UNAVAILABLE(
            503,
            "The database could not be reached or dropped the connection (a restart, a failover); try again after"
                    + " `Retry-After`, a write with its Idempotency-Key"),
    UPSTREAM_TIMEOUT(504, "The service behind the gateway did not answer in time");

    /** The prefix of every problem type URI. */
    public static final String BASE = "https://kindling.dev/problems/";

    private final int status;
    private final String when;

    ProblemType(int status, String when) {
        this.status = status;
        this.when = when;
    }

    public int status() {
        return status;
    }

    /** The last segment of the type URI, e.g. {@code invalid-request}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String uri() {
        return BASE + slug();
    }

    /** The RFC 9110 reason phrase of the status: the problem's {@code title}. */
    public String title() {
        return titleOf(status);
    }

    public String when() {
        return when;
    }

    /** The type for a status the framework raised without one of ours (404 for an unknown path, …). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> MISSING_TOKEN;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** RFC 9110 reason phrases, the same in every service and the gateway. */
    public static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
