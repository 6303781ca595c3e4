package dev.kindling.startup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OECD definition of a high-growth enterprise: ten or more employees at the start of the
 * observation period, and average annualised growth of 20% or more over three years in employees or
 * in revenue. The period ends at the latest snapshot on or before the as-of date and starts at the
 * latest snapshot at least three years earlier; a longer span (a gap in snapshots) is annualised over
 * its real length. Exactly three years is judged exactly (end × 5³ ≥ start × 6³), so 20.0% passes.
 */
public final class OecdRule {
    public static final int MIN_EMPLOYEES = 10;
    private static final double RATE = 1.2;

    private OecdRule() {}

    /** One KPI snapshot as the rule needs it; revenue and currency may be null. */
    public record Point(LocalDate asOf, int headcount, BigDecimal revenue, String currency) {}

    /** The verdict with the period judged and the reasons, for people to check. */
    public record Assessment(
            boolean meets, Point start, Point end, Double employeeGrowth, Double revenueGrowth, List<String> reasons) {}

    public static Assessment assess(List<Point> snapshots, LocalDate asOf) {
        List<Point> known = snapshots.stream()
                .filter(p -> !p.asOf().isAfter(asOf))
                .sorted(Comparator.comparing(Point::asOf))
                .toList();
        List<String> reasons = new ArrayList<>();
        if (known.isEmpty()) {
            reasons.add("no KPI snapshot on or before " + asOf);
            return new Assessment(false, null, null, null, null, reasons);
        }
        Point end = known.get(known.size() - 1);
        LocalDate latestStart = end.asOf().minusYears(3);
        Optional<Point> found =
                known.stream().filter(p -> !p.asOf().isAfter(latestStart)).reduce((a, b) -> b);
        if (found.isEmpty()) {
            reasons.add("no snapshot three or more years before " + end.asOf() + " (earliest is "
                    + known.get(0).asOf() + ")");
            return new Assessment(false, null, end, null, null, reasons);
        }
        Point start = found.get();
        double years = years(start.asOf(), end.asOf());
        boolean bigEnough = start.headcount() >= MIN_EMPLOYEES;
        reasons.add("headcount " + start.headcount() + " on " + start.asOf()
                + (bigEnough ? " (10 or more)" : " (fewer than 10)"));
        Double employeeGrowth = annualised(start.headcount(), end.headcount(), years);
        boolean employeesGrew = grewEnough(
                BigDecimal.valueOf(start.headcount()), BigDecimal.valueOf(end.headcount()), start, end, years);
        reasons.add("employees " + start.headcount() + " → " + end.headcount() + " over " + format(years) + " years: "
                + percent(employeeGrowth) + " a year" + (employeesGrew ? " (20% or more)" : " (below 20%)"));
        Double revenueGrowth = null;
        boolean revenueGrew = false;
        if (start.revenue() == null || end.revenue() == null) {
            reasons.add("revenue not reported at both ends of the period");
        } else if (!start.currency().equals(end.currency())) {
            reasons.add("revenue in " + start.currency() + " then " + end.currency() + ": not compared");
        } else if (start.revenue().signum() <= 0) {
            reasons.add("revenue was 0 at the start: growth rate undefined");
        } else {
            revenueGrowth =
                    annualised(start.revenue().doubleValue(), end.revenue().doubleValue(), years);
            revenueGrew = grewEnough(start.revenue(), end.revenue(), start, end, years);
            reasons.add("revenue " + start.revenue().toPlainString() + " → "
                    + end.revenue().toPlainString() + " "
                    + end.currency() + ": " + percent(revenueGrowth) + " a year"
                    + (revenueGrew ? " (20% or more)" : " (below 20%)"));
        }
        boolean meets = bigEnough && (employeesGrew || revenueGrew);
        return new Assessment(meets, start, end, employeeGrowth, revenueGrowth, reasons);
    }

    private static boolean grewEnough(BigDecimal from, BigDecimal to, Point start, Point end, double years) {
        if (from.signum() <= 0) {
            return false;
        }
        for (int whole = 3; whole <= 10; whole++) {
            if (start.asOf().plusYears(whole).equals(end.asOf())) {
                // 1.2^n = 6^n / 5^n, compared without rounding
                return to.multiply(BigDecimal.valueOf(5).pow(whole))
                                .compareTo(from.multiply(BigDecimal.valueOf(6).pow(whole)))
                        >= 0;
            }
        }
        return to.doubleValue() / from.doubleValue() >= Math.pow(RATE, years) - 1e-12;
    }

    private static double years(LocalDate from, LocalDate to) {
        long whole = ChronoUnit.YEARS.between(from, to);
        LocalDate anniversary = from.plusYears(whole);
        double rest = ChronoUnit.DAYS.between(anniversary, to) / 365.2425;
        return whole + rest;
    }

    private static Double annualised(double from, double to, double years) {
        return from <= 0 ? null : Math.pow(to / from, 1 / years) - 1;
    }

    public static String percent(Double growth) {
        return growth == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", growth * 100);
    }

    private static String format(double years) {
        return String.format(Locale.ROOT, "%.1f", years);
    }
}
