package dev.kindling.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} mechanism every POST uses. In the transaction of the write it claims
 * the key with {@code INSERT … ON CONFLICT DO NOTHING}: the first request inserts, does the work and
 * stores its answer; a racing request with the same key blocks on the unique index until the first
 * commits, then replays the stored answer (same body → same answer) or, for another body, gets 422.
 * If the work fails, the claim rolls back with it, so a failed request leaves nothing behind. Keys
 * are scoped to the caller and the operation, so two clients can never read each other's answers.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ObjectMapper canonical;
    private final Caller caller;

    public Idempotency(EntityManager em, ObjectMapper mapper, Caller caller) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
        this.canonical = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .build();
    }

    /**
     * Runs {@code work} once per (caller, operation, key). Without a key it simply runs the work.
     *
     * @param key the Idempotency-Key header, or null
     * @param operation a stable name of the operation, e.g. {@code "POST /api/v1/hubs"}
     * @param request the request body (or any object standing for the request's content)
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Outcome> work) {
        if (key == null) {
            return respond(work.get(), false);
        }
        requireWellFormed(key);
        String scope = caller.subject() + " " + operation;
        String fingerprint = fingerprint(operation, request);
        int claimed = em.createNativeQuery("insert into idempotency_record (scope, idem_key, request_hash)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 1) {
            Outcome outcome = work.get();
            String body = write(outcome.body());
            em.createNativeQuery("update idempotency_record set status = ?1, location = ?2, etag = ?3, body = ?4"
                            + " where scope = ?5 and idem_key = ?6")
                    .setParameter(1, outcome.status())
                    .setParameter(
                            2,
                            outcome.location() == null
                                    ? null
                                    : outcome.location().toString())
                    .setParameter(3, outcome.etag())
                    .setParameter(4, body)
                    .setParameter(5, scope)
                    .setParameter(6, key)
                    .executeUpdate();
            return build(outcome.status(), outcome.location(), outcome.etag(), body, false);
        }
        return replay(scope, key, fingerprint);
    }

    /**
     * The answer stored for this key, when a request with it already completed. A caller whose checks
     * run before {@link #execute} (calls to other services, say) asks this first, so that a retry gets
     * its stored answer even while those services are down, and is never checked twice.
     */
    @Transactional
    public Optional<Response> storedAnswer(String key, String operation, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        requireWellFormed(key);
        String scope = caller.subject() + " " + operation;
        return stored(scope, key).map(row -> replay(row, fingerprint(operation, request)));
    }

    private Response replay(String scope, String key, String fingerprint) {
        return stored(scope, key)
                .map(row -> replay(row, fingerprint))
                .orElseThrow(() -> ProblemException.conflict(
                        ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT,
                        "A request with this Idempotency-Key is still running; retry shortly"));
    }

    private Optional<Object[]> stored(String scope, String key) {
        List<?> rows = em.createNativeQuery("select request_hash, status, location, etag, body"
                        + " from idempotency_record where scope = ?1 and idem_key = ?2 and status is not null")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    private static Response replay(Object[] row, String fingerprint) {
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used with a different request; use a new key for a new request");
        }
        String location = (String) row[2];
        return build(
                ((Number) row[1]).intValue(),
                location == null ? null : URI.create(location),
                (String) row[3],
                (String) row[4],
                true);
    }

    private static void requireWellFormed(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    private Response respond(Outcome outcome, boolean replayed) {
        return build(outcome.status(), outcome.location(), outcome.etag(), write(outcome.body()), replayed);
    }

    private static Response build(int status, URI location, String etag, String body, boolean replayed) {
        Response.ResponseBuilder builder =
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (location != null) {
            builder.location(location);
        }
        if (etag != null) {
            builder.header("ETag", etag);
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body cannot be written as JSON", e);
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            byte[] content = canonical.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request cannot be fingerprinted", e);
        }
    }
}
