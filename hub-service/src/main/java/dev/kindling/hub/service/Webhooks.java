package dev.kindling.hub.service;

import dev.kindling.common.feed.EventTypes;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.hub.api.WebhookRequest;
import dev.kindling.hub.api.WebhookUpdateRequest;
import dev.kindling.hub.api.WebhookView;
import dev.kindling.hub.domain.Partner;
import dev.kindling.hub.domain.Webhook;
import dev.kindling.hub.domain.WebhookStatus;
import dev.kindling.hub.webhook.Destinations;
import dev.kindling.hub.webhook.Signatures;
import dev.kindling.hub.webhook.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Webhook endpoints: register (the secret shown once), read, list, change, disable and enable, rotate the
 * secret, delete. A partner manages the endpoints whose hubs are all among its token's; staff any. What
 * is delivered and how is in {@code dev.kindling.hub.webhook}.
 */
@ApplicationScoped
public class Webhooks {
    /** How long the previous secret keeps signing when a rotation names no grace period. */
    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);

    private final EntityManager em;
    private final Caller caller;
    private final WebhookConfig config;

    public Webhooks(EntityManager em, Caller caller, WebhookConfig config) {
        this.em = em;
        this.caller = caller;
        this.config = config;
    }

    /** The filters of the endpoint list; null means any. */
    public record WebhookFilter(UUID partnerId, WebhookStatus status) {}

    /**
     * The endpoint's URL if it may be delivered to ({@link Destinations}); 400 naming {@code url}
     * otherwise. Resolves the host: call it before, and outside, the transaction.
     */
    public URI destination(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("url", "is not a URL");
        }
        Destinations.problem(uri, config.allowLoopback()).ifPresent(problem -> {
            throw ProblemException.badRequest("url", problem);
        });
        return uri;
    }

    /** Registers an endpoint at a URL checked by {@link #destination}. */
    @Transactional
    public Versioned<WebhookView> register(URI url, WebhookRequest request) {
        Partner partner = Partner.findById(request.partnerId());
        if (partner == null) {
            throw ProblemException.invalidReference("partnerId", "names no partner");
        }
        if (partner.archived) {
            throw Problems.archived("partner", "registering a webhook for it");
        }
        Webhook webhook = new Webhook();
        webhook.id = Ids.newId();
        webhook.partnerId = partner.id;
        apply(webhook, url, request.description(), request.eventTypes(), request.hubCodes());
        webhook.status = WebhookStatus.ENABLED;
        webhook.secret = Signatures.newSecret();
        webhook.createdBy = caller.subject();
        webhook.createdAt = Now.instant();
        webhook.updatedAt = webhook.createdAt;
        webhook.persist();
        em.flush();
        return new Versioned<>(view(webhook, webhook.secret), webhook.version);
    }

    @Transactional
    public Versioned<WebhookView> get(UUID id) {
        Webhook webhook = visible(id);
        return new Versioned<>(view(webhook, null), webhook.version);
    }

    @Transactional
    public Page<WebhookView> list(WebhookFilter filter, PageRequest page) {
        Keyset query = Keyset.of(Webhook.class)
                .where("e.partnerId = :partnerId", "partnerId", filter.partnerId())
                .where("e.status = :status", "status", filter.status());
        if (caller.isHubScoped()) {
            query.where("array_includes(:hubs, e.hubCodes)")
                    .bind("hubs", caller.hubs().toArray(String[]::new));
        }
        return query.page(em, Webhook.class, page, w -> w.id).map(w -> view(w, null));
    }

    @Transactional
    public Versioned<WebhookView> update(UUID id, long expectedVersion, URI url, WebhookUpdateRequest request) {
        Webhook webhook = locked(id);
        ETags.check(expectedVersion, webhook.version);
        apply(webhook, url, request.description(), request.eventTypes(), request.hubCodes());
        return saved(webhook, null);
    }

    @Transactional
    public Versioned<WebhookView> disable(UUID id, Long expectedVersion, String reason) {
        Webhook webhook = locked(id);
        ETags.check(expectedVersion, webhook.version);
        if (webhook.status == WebhookStatus.DISABLED) {
            return new Versioned<>(view(webhook, null), webhook.version);
        }
        webhook.status = WebhookStatus.DISABLED;
        webhook.disabledReason = "Disabled by " + caller.subject() + ": " + reason;
        webhook.disabledAt = Now.instant();
        return saved(webhook, null);
    }

    /** Enables again; the failure streak starts over, and pending deliveries resume. */
    @Transactional
    public Versioned<WebhookView> enable(UUID id, Long expectedVersion) {
        Webhook webhook = locked(id);
        ETags.check(expectedVersion, webhook.version);
        if (webhook.status == WebhookStatus.ENABLED) {
            return new Versioned<>(view(webhook, null), webhook.version);
        }
        webhook.status = WebhookStatus.ENABLED;
        webhook.disabledReason = null;
        webhook.disabledAt = null;
        webhook.updatedAt = Now.instant();
        em.flush();
        em.createNativeQuery("update webhook set consecutive_failures = 0, failing_since = null where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        em.refresh(webhook);
        return new Versioned<>(view(webhook, null), webhook.version);
    }

    /** A new secret, shown in this answer only; the current one signs alongside it for the grace period. */
    @Transactional
    public Versioned<WebhookView> rotateSecret(UUID id, Long expectedVersion, Duration grace) {
        Webhook webhook = locked(id);
        ETags.check(expectedVersion, webhook.version);
        if (grace.isZero()) {
            webhook.previousSecret = null;
            webhook.previousSecretExpiresAt = null;
        } else {
            webhook.previousSecret = webhook.secret;
            webhook.previousSecretExpiresAt = Now.instant().plus(grace);
        }
        webhook.secret = Signatures.newSecret();
        return saved(webhook, webhook.secret);
    }

    /** Deletes the endpoint with its delivery log. */
    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        Webhook webhook = locked(id);
        ETags.check(expectedVersion, webhook.version);
        webhook.delete();
    }

    /** The endpoint if the caller may see it; 404 otherwise (as for an id that does not exist). */
    Webhook visible(UUID id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null || !mayManage(webhook)) {
            throw ProblemException.notFound("webhook", id);
        }
        return webhook;
    }

    private Webhook locked(UUID id) {
        Webhook webhook = Webhook.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (webhook == null || !mayManage(webhook)) {
            throw ProblemException.notFound("webhook", id);
        }
        return webhook;
    }

    private boolean mayManage(Webhook webhook) {
        return !caller.isHubScoped() || caller.hubs().containsAll(List.of(webhook.hubCodes));
    }

    private void apply(Webhook webhook, URI url, String description, List<String> types, List<String> hubs) {
        List<FieldError> errors = new ArrayList<>();
        List<String> wanted = types == null ? List.of() : List.copyOf(new LinkedHashSet<>(types));
        for (int i = 0; i < wanted.size(); i++) {
            if (!EventTypes.known(wanted.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "is not an event type of the feed's catalogue"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    errors.get(0).field() + ": " + errors.get(0).message(),
                    errors,
                    Map.of());
        }
        List<String> codes = List.copyOf(new TreeSet<>(hubs));
        Set<String> known =
                new HashSet<>(em.createQuery("select h.code from Hub h where h.code in :codes", String.class)
                        .setParameter("codes", codes)
                        .getResultList());
        for (String code : codes) {
            if (!known.contains(code) || !caller.canSeeHub(code)) {
                throw ProblemException.invalidReference(
                        "hubCodes[" + hubs.indexOf(code) + "]", "names no hub you may see: " + code);
            }
        }
        webhook.url = url.toString();
        webhook.description = description;
        webhook.eventTypes = wanted.toArray(String[]::new);
        webhook.hubCodes = codes.toArray(String[]::new);
    }

    private Versioned<WebhookView> saved(Webhook webhook, String secret) {
        webhook.updatedAt = Now.instant();
        em.flush();
        return new Versioned<>(view(webhook, secret), webhook.version);
    }

    static WebhookView view(Webhook w, String secret) {
        return new WebhookView(
                w.id,
                w.partnerId,
                w.url,
                w.description,
                List.of(w.eventTypes),
                List.of(w.hubCodes),
                w.status,
                w.disabledReason,
                w.disabledAt,
                w.consecutiveFailures,
                w.failingSince,
                w.lastSuccessAt,
                w.previousSecretExpiresAt,
                secret,
                w.createdBy,
                w.createdAt,
                w.updatedAt);
    }
}
