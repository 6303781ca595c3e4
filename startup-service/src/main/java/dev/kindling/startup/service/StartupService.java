package dev.kindling.startup.service;

import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.startup.api.StartupRequest;
import dev.kindling.startup.api.StartupView;
import dev.kindling.startup.domain.Names;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, reads and updates startups; duplicates (same website, or same name in a country) are 409. */
@ApplicationScoped
public class StartupService {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final StartupDuplicates duplicates;

    public StartupService(EntityManager em, Outbox outbox, Visibility visibility, StartupDuplicates duplicates) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.duplicates = duplicates;
    }

    /**
     * The codes of the hubs where the startup is enrolled: the hubs its events are about (a startup
     * with no enrollment yet is in no partner's feed).
     */
    public List<String> hubCodes(UUID startupId) {
        return em.createQuery("select distinct e.hubCode from Enrollment e where e.startupId = :id", String.class)
                .setParameter("id", startupId)
                .getResultList();
    }

    @Transactional
    public Versioned<StartupView> create(StartupRequest request) {
        Startup startup = new Startup();
        startup.id = Ids.newId();
        startup.createdBy = visibility.subject();
        startup.createdAt = StoredTime.now();
        apply(startup, request);
        startup.persist();
        em.flush();
        outbox.record("startup.created", startup.id, List.of(), Views.of(startup));
        return new Versioned<>(Views.of(startup), startup.version);
    }

    /**
     * The startup these details name under the duplicate rules, or a new one made of them: an
     * application's way in for a startup Kindling may already know.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Startup findOrCreate(StartupRequest request) {
        checkFields(request);
        Optional<UUID> existing = duplicates.existing(
                Names.nameKey(request.name().trim()),
                request.country(),
                Names.websiteKey(blankToNull(request.website())));
        if (existing.isPresent()) {
            return Startup.findById(existing.get());
        }
        UUID id = create(request).view().id();
        return Startup.findById(id);
    }

    @Transactional
    public Versioned<StartupView> update(UUID id, long expectedVersion, StartupRequest request) {
        Startup startup = visible(id);
        ETags.check(expectedVersion, startup.version);
        apply(startup, request);
        em.flush();
        outbox.record("startup.updated", startup.id, hubCodes(startup.id), Views.of(startup));
        return new Versioned<>(Views.of(startup), startup.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<StartupView> get(UUID id) {
        Startup startup = visible(id);
        return new Versioned<>(Views.of(startup), startup.version);
    }

    /** The startup when it exists and the caller may see it; 404 otherwise (partners learn nothing). */
    Startup visible(UUID id) {
        Startup startup = Startup.findById(id);
        if (startup == null || !visibility.canSee(startup)) {
            throw ProblemException.notFound("startup", id);
        }
        return startup;
    }

    private static void checkFields(StartupRequest request) {
        if (!COUNTRIES.contains(request.country())) {
            throw ProblemException.badRequest("country", "is not an ISO 3166-1 alpha-2 country code");
        }
        String website = blankToNull(request.website());
        if (website != null && !Names.isWebsite(website)) {
            throw ProblemException.badRequest("website", "must be an http(s) address such as https://acme.example");
        }
    }

    private void apply(Startup startup, StartupRequest request) {
        checkFields(request);
        String website = blankToNull(request.website());
        String name = request.name().trim();
        String nameKey = Names.nameKey(name);
        String websiteKey = Names.websiteKey(website);
        duplicates.check(startup.id, nameKey, request.country(), websiteKey);
        startup.name = name;
        startup.nameKey = nameKey;
        startup.country = request.country();
        startup.city = blankToNull(request.city());
        startup.sector = blankToNull(request.sector());
        startup.foundedOn = request.foundedOn();
        startup.website = website;
        startup.websiteKey = websiteKey;
        startup.teamSize = request.teamSize();
        startup.updatedAt = StoredTime.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
