package dev.kindling.funding.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Caller;
import dev.kindling.funding.api.ExchangeRateRequest;
import dev.kindling.funding.api.ExchangeRateView;
import dev.kindling.funding.api.RateImportResult;
import dev.kindling.funding.domain.ExchangeRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Dated exchange rates, entered one by one or imported from a file in the ECB's layout. An import
 * is one transaction: a file with any bad row changes nothing, and a rate held already for the same
 * pair and day is replaced (the file is the correction) or left as it is.
 */
@ApplicationScoped
public class ExchangeRates {
    private final EntityManager em;
    private final Outbox outbox;
    private final Caller caller;

    public ExchangeRates(EntityManager em, Outbox outbox, Caller caller) {
        this.em = em;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public Versioned<ExchangeRateView> create(ExchangeRateRequest request) {
        for (String code : List.of(request.base(), request.quote())) {
            if (!RateFile.isCurrency(code)) {
                throw ProblemException.badRequest(
                        code.equals(request.base()) ? "base" : "quote", "is not an ISO 4217 code");
            }
        }
        if (request.base().equals(request.quote())) {
            throw ProblemException.badRequest("quote", "must differ from base");
        }
        BigDecimal rate = new BigDecimal(request.rate());
        if (rate.signum() <= 0) {
            throw ProblemException.badRequest("rate", "must be a positive decimal");
        }
        ExchangeRate existing = find(request.base(), request.quote(), request.date());
        if (existing != null) {
            throw ProblemException.duplicate(
                    "date",
                    "a " + request.base() + "/" + request.quote() + " rate for " + request.date() + " exists",
                    "/api/v1/exchange-rates/" + existing.id);
        }
        ExchangeRate r = new ExchangeRate();
        r.id = Ids.newId();
        r.base = request.base();
        r.quote = request.quote();
        r.rateDate = request.date();
        r.rate = rate;
        r.source = request.source();
        r.createdAt = StoredTime.now();
        r.createdBy = caller.subject();
        r.persist();
        em.flush();
        outbox.record("exchange_rate.created", r.id, (String) null, view(r));
        return new Versioned<>(view(r), r.version);
    }

    @Transactional
    public RateImportResult importFile(String body, String base, String source) {
        RateFile.Parsed parsed = RateFile.parse(body, base);
        int added = 0;
        int replaced = 0;
        OffsetDateTime now = StoredTime.now();
        for (RateFile.Rate rate : parsed.rates()) {
            @SuppressWarnings("unchecked")
            List<Object> outcome = em.createNativeQuery(
                            "insert into exchange_rate (id, base, quote, rate_date, rate, source, created_at, created_by)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                    + " on conflict (base, quote, rate_date) do update"
                                    + " set rate = excluded.rate, source = excluded.source,"
                                    + " created_at = excluded.created_at, created_by = excluded.created_by,"
                                    + " version = exchange_rate.version + 1"
                                    + " where exchange_rate.rate <> excluded.rate or exchange_rate.source <> excluded.source"
                                    + " returning (xmax = 0)")
                    .setParameter(1, Ids.newId())
                    .setParameter(2, base)
                    .setParameter(3, rate.quote())
                    .setParameter(4, rate.date())
                    .setParameter(5, rate.rate())
                    .setParameter(6, source)
                    .setParameter(7, now)
                    .setParameter(8, caller.subject())
                    .getResultList();
            if (!outcome.isEmpty()) {
                if (Boolean.TRUE.equals(outcome.get(0))) {
                    added++;
                } else {
                    replaced++;
                }
            }
        }
        List<LocalDate> days =
                parsed.rates().stream().map(RateFile.Rate::date).sorted().toList();
        RateImportResult result = new RateImportResult(
                base,
                source,
                added,
                replaced,
                parsed.rates().size() - added - replaced,
                parsed.skipped(),
                days.get(0),
                days.get(days.size() - 1),
                List.copyOf(new TreeSet<>(
                        parsed.rates().stream().map(RateFile.Rate::quote).toList())));
        if (added + replaced > 0) {
            outbox.record("exchange_rate.imported", Ids.newId(), (String) null, result);
        }
        return result;
    }

    public Versioned<ExchangeRateView> view(UUID id) {
        ExchangeRate r = ExchangeRate.findById(id);
        if (r == null) {
            throw ProblemException.notFound("exchange rate", id);
        }
        return new Versioned<>(view(r), r.version);
    }

    public Page<ExchangeRateView> list(String base, String quote, LocalDate from, LocalDate to, PageRequest page) {
        return Keyset.of(ExchangeRate.class)
                .where("e.base = :base", "base", base)
                .where("e.quote = :quote", "quote", quote)
                .where("e.rateDate >= :from", "from", from)
                .where("e.rateDate <= :to", "to", to)
                .page(em, ExchangeRate.class, page, r -> r.id)
                .map(ExchangeRates::view);
    }

    ExchangeRate find(String base, String quote, LocalDate date) {
        return em.createQuery(
                        "select r from ExchangeRate r where r.base = :b and r.quote = :q and r.rateDate = :d",
                        ExchangeRate.class)
                .setParameter("b", base)
                .setParameter("q", quote)
                .setParameter("d", date)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static ExchangeRateView view(ExchangeRate r) {
        return new ExchangeRateView(
                r.id,
                r.base.trim(),
                r.quote.trim(),
                r.rate.toPlainString(),
                r.rateDate,
                r.source,
                r.createdAt,
                r.createdBy);
    }
}
