package dev.kindling.funding.service;

import dev.kindling.common.money.Money;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.funding.domain.ExchangeRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Converts report figures into a reporting currency at a date, only through stated rates: the pair's
 * own latest rate on or before the date (or its inverse, when only the other direction is stated), else
 * a cross through the pivot currency (the ECB's base, EUR, by default) when both legs are stated. A
 * rate older than the allowed age is as good as missing. Nothing converted is ever stored.
 */
@ApplicationScoped
public class Conversions {
    /** Rates keep this many significant digits; amounts are rounded to the reporting currency's minor unit. */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    private final EntityManager em;
    private final String pivot;
    private final Duration maxAge;

    public Conversions(
            EntityManager em,
            @ConfigProperty(name = "kindling.fx.pivot", defaultValue = "EUR") String pivot,
            @ConfigProperty(name = "kindling.fx.max-age", defaultValue = "P7D") Duration maxAge) {
        this.em = em;
        this.pivot = pivot;
        this.maxAge = maxAge;
    }

    /**
     * How one currency converts at a date: {@code rate} quote units per unit, the oldest date among the
     * rates used, and the pivot when crossed.
     */
    public record Conversion(String from, String to, BigDecimal rate, LocalDate rateDate, String via) {
        public BigDecimal apply(BigDecimal amount, int scale) {
            return amount.multiply(rate).setScale(scale, java.math.RoundingMode.HALF_EVEN);
        }
    }

    /** A converter for one report: each currency's conversion is looked up once. */
    public Converter into(String reportingCurrency, LocalDate asOf) {
        return new Converter(reportingCurrency, asOf);
    }

    public final class Converter {
        private final String to;
        private final LocalDate asOf;
        private final Map<String, Conversion> known = new HashMap<>();

        Converter(String to, LocalDate asOf) {
            this.to = to;
            this.asOf = asOf;
        }

        public String currency() {
            return to;
        }

        public LocalDate asOf() {
            return asOf;
        }

        public Conversion of(String from) {
            return known.computeIfAbsent(from, f -> conversion(f, to, asOf));
        }

        /** Every pair that cannot be converted, each named; 422 when any. */
        public void requireAll(List<String> currencies) {
            List<String> missing = new ArrayList<>();
            for (String c : currencies.stream().distinct().sorted().toList()) {
                try {
                    of(c);
                } catch (ProblemException e) {
                    missing.add(e.getMessage());
                }
            }
            if (!missing.isEmpty()) {
                throw new ProblemException(ProblemType.EXCHANGE_RATE_MISSING, String.join("; ", missing));
            }
        }
    }

    /** A currency figures can be converted into: ISO 4217, with minor units. */
    static boolean reportable(String currency) {
        try {
            return RateFile.isCurrency(currency) && Money.minorUnits(currency) >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Conversion conversion(String from, String to, LocalDate asOf) {
        if (from.equals(to)) {
            return new Conversion(from, to, BigDecimal.ONE, asOf, null);
        }
        Optional<Leg> direct = leg(from, to, asOf);
        if (direct.isPresent()) {
            return new Conversion(from, to, direct.get().rate(), direct.get().date(), null);
        }
        if (!from.equals(pivot) && !to.equals(pivot)) {
            Optional<Leg> first = leg(from, pivot, asOf);
            Optional<Leg> second = leg(pivot, to, asOf);
            if (first.isPresent() && second.isPresent()) {
                LocalDate older = first.get().date().isBefore(second.get().date())
                        ? first.get().date()
                        : second.get().date();
                return new Conversion(
                        from, to, first.get().rate().multiply(second.get().rate(), PRECISION), older, pivot);
            }
        }
        throw new ProblemException(ProblemType.EXCHANGE_RATE_MISSING, missing(from, to, asOf));
    }

    private record Leg(BigDecimal rate, LocalDate date) {}

    /** The latest fresh stated rate of the pair, or of its inverse, on or before the date. */
    private Optional<Leg> leg(String from, String to, LocalDate asOf) {
        LocalDate oldest = asOf.minusDays(maxAge.toDays());
        Optional<ExchangeRate> stated = latest(from, to, asOf);
        Optional<ExchangeRate> inverse = latest(to, from, asOf);
        Optional<Leg> leg;
        if (stated.isPresent() && (inverse.isEmpty() || !inverse.get().rateDate.isAfter(stated.get().rateDate))) {
            leg = stated.map(r -> new Leg(r.rate, r.rateDate));
        } else {
            leg = inverse.map(r -> new Leg(BigDecimal.ONE.divide(r.rate, PRECISION), r.rateDate));
        }
        return leg.filter(l -> !l.date().isBefore(oldest));
    }

    private Optional<ExchangeRate> latest(String base, String quote, LocalDate asOf) {
        return em.createQuery(
                        "select r from ExchangeRate r where r.base = :b and r.quote = :q and r.rateDate <= :d"
                                + " order by r.rateDate desc",
                        ExchangeRate.class)
                .setParameter("b", base)
                .setParameter("q", quote)
                .setParameter("d", asOf)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private String missing(String from, String to, LocalDate asOf) {
        Optional<ExchangeRate> any = latest(from, to, asOf).or(() -> latest(to, from, asOf));
        String pair = "no " + from + "/" + to + " rate on or before " + asOf;
        return any.map(r -> pair + " within " + maxAge.toDays() + " days (the latest is of " + r.rateDate + ")")
                .orElse(pair + (from.equals(pivot) || to.equals(pivot) ? "" : ", directly or through " + pivot));
    }
}
