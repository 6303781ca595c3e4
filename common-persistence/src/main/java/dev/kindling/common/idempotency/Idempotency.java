package dev.kindling.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} mechanism every POST uses, called by resources (services stay free of
 * HTTP). In the transaction of the write it claims the key with {@code INSERT … ON CONFLICT DO
 * NOTHING}: the first request inserts, does the work and stores its answer; a racing request with the
 * same key blocks on the unique index until the first commits, then replays the stored answer (same
 * target and body → same answer) or, for another target or body, gets 422. If the work fails, the
 * claim rolls back with it, so a failed request leaves nothing behind. Scope: see {@link Idempotent}.
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

    /** Runs {@code work} once per key, in one transaction with the claim. Without a key it simply runs it. */
    public Response execute(Idempotent request, Supplier<Outcome> work) {
        if (request.key() == null) {
            return respond(QuarkusTransaction.joiningExisting().call(work::get));
        }
        Claim claim = claim(request);
        return QuarkusTransaction.joiningExisting().call(() -> claimAndRun(claim, work));
    }

    /**
     * For a write that must first check with other services (or anything slow): the stored answer of a
     * completed request with this key is replayed at once, without checking again (so a retry gets its
     * answer even while those services are down); otherwise {@code check} runs before and outside any
     * transaction (no connection or claim is held while another service answers), then {@code
     * work(checked)} runs in the transaction that claims the key.
     */
    public <C> Response execute(Idempotent request, Supplier<C> check, Function<C, Outcome> work) {
        if (request.key() == null) {
            C checked = check.get();
            return respond(QuarkusTransaction.joiningExisting().call(() -> work.apply(checked)));
        }
        Claim claim = claim(request);
        Optional<Object[]> done = QuarkusTransaction.joiningExisting().call(() -> stored(claim));
        if (done.isPresent()) {
            return replay(done.get(), claim.fingerprint());
        }
        C checked = check.get();
        return QuarkusTransaction.joiningExisting().call(() -> claimAndRun(claim, () -> work.apply(checked)));
    }

    /**
     * A POST action on one resource ({@code POST …/{id}/activate}): runs it once per key and answers 200
     * with the changed resource and its new ETag. The one way every service answers its actions.
     */
    public Response action(String key, String operation, UUID target, Object body, Supplier<Versioned<?>> action) {
        return execute(Idempotent.on(key, operation, target, body), () -> Outcome.ok(action.get()));
    }

    private record Claim(String scope, String key, String fingerprint) {}

    private Claim claim(Idempotent request) {
        if (!KEY.matcher(request.key()).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return new Claim(
                caller.subject() + " " + request.operation(),
                request.key(),
                fingerprint(request.operation(), new Fingerprinted(request.target(), request.body())));
    }

    /** What the fingerprint covers besides the operation: the resource acted on and the body. */
    private record Fingerprinted(UUID target, Object body) {}

    private Response claimAndRun(Claim claim, Supplier<Outcome> work) {
        int claimed = em.createNativeQuery("insert into idempotency_record (scope, idem_key, request_hash)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, claim.scope())
                .setParameter(2, claim.key())
                .setParameter(3, claim.fingerprint())
                .executeUpdate();
        if (claimed == 0) {
            return stored(claim)
                    .map(row -> replay(row, claim.fingerprint()))
                    .orElseThrow(() -> ProblemException.conflict(
                            ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT,
                            "A request with this Idempotency-Key is still running; retry shortly"));
        }
        Outcome outcome = work.get();
        String body = write(outcome.body());
        em.createNativeQuery("update idempotency_record set status = ?1, location = ?2, etag = ?3, body = ?4"
                        + " where scope = ?5 and idem_key = ?6")
                .setParameter(1, outcome.status())
                .setParameter(
                        2,
                        outcome.location() == null ? null : outcome.location().toString())
                .setParameter(3, outcome.etag())
                .setParameter(4, body)
                .setParameter(5, claim.scope())
                .setParameter(6, claim.key())
                .executeUpdate();
        return build(outcome.status(), outcome.location(), outcome.etag(), body, false);
    }

    private Optional<Object[]> stored(Claim claim) {
        List<?> rows = em.createNativeQuery("select request_hash, status, location, etag, body"
                        + " from idempotency_record where scope = ?1 and idem_key = ?2 and status is not null")
                .setParameter(1, claim.scope())
                .setParameter(2, claim.key())
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

    private Response respond(Outcome outcome) {
        return build(outcome.status(), outcome.location(), outcome.etag(), write(outcome.body()), false);
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
