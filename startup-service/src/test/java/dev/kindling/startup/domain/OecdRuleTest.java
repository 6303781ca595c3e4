package dev.kindling.startup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.startup.domain.OecdRule.Assessment;
import dev.kindling.startup.domain.OecdRule.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OecdRuleTest {
    private static final LocalDate START = LocalDate.of(2021, 3, 31);
    private static final LocalDate END = START.plusYears(3);

    @Test
    void exactlyTwentyPercentAYearFromExactlyTenEmployeesQualifies() {
        // 10 × 1.2³ = 17.28: 18 meets, 17 does not; judged exactly, not in floating point
        assertTrue(assess(people(10, 18)).meets());
        assertFalse(assess(people(10, 17)).meets());
        Assessment exact =
                OecdRule.assess(List.of(new Point(START, 1000, null, null), new Point(END, 1728, null, null)), END);
        assertTrue(exact.meets(), exact.reasons().toString());
        assertEquals("20.0%", OecdRule.percent(exact.employeeGrowth()));
        assertFalse(OecdRule.assess(List.of(new Point(START, 1000, null, null), new Point(END, 1727, null, null)), END)
                .meets());
    }

    @Test
    void nineEmployeesAtTheStartNeverQualify() {
        Assessment small = assess(people(9, 100));
        assertFalse(small.meets());
        assertTrue(
                small.reasons().get(0).contains("fewer than 10"),
                small.reasons().toString());
    }

    @Test
    void revenueGrowthAloneQualifies() {
        Assessment a = OecdRule.assess(
                List.of(revenue(START, 12, "1000000.00", "EUR"), revenue(END, 12, "1728000.00", "EUR")), END);
        assertTrue(a.meets(), a.reasons().toString());
        assertEquals("20.0%", OecdRule.percent(a.revenueGrowth()));
        Assessment other = OecdRule.assess(
                List.of(revenue(START, 12, "1000000.00", "EUR"), revenue(END, 12, "9000000.00", "USD")), END);
        assertFalse(other.meets());
        assertTrue(other.reasons().stream().anyMatch(r -> r.contains("not compared")));
    }

    @Test
    void gapsUseTheLatestSnapshotAtLeastThreeYearsBackAndAnnualiseTheRealSpan() {
        List<Point> gappy = new ArrayList<>();
        gappy.add(new Point(START.minusYears(1), 10, null, null)); // four years before the end
        gappy.add(new Point(END, 20, null, null));
        Assessment a = OecdRule.assess(gappy, END);
        // 10 → 20 over 4 years is 18.9% a year: not enough, although 20 ≥ 17.28
        assertFalse(a.meets(), a.reasons().toString());
        assertEquals(START.minusYears(1), a.start().asOf());
        gappy.add(new Point(START, 10, null, null)); // now a snapshot exactly three years back
        assertTrue(OecdRule.assess(gappy, END).meets());
    }

    @Test
    void lessThanThreeYearsOfSnapshotsCannotBeJudged() {
        Assessment a = OecdRule.assess(
                List.of(new Point(START.plusDays(1), 10, null, null), new Point(END, 50, null, null)), END);
        assertFalse(a.meets());
        assertTrue(a.reasons().get(0).startsWith("no snapshot three or more years before"));
        assertFalse(OecdRule.assess(List.of(), END).meets());
    }

    @Test
    void snapshotsAfterTheAsOfDateAreIgnored() {
        List<Point> points = List.of(
                new Point(START, 10, null, null),
                new Point(END, 12, null, null),
                new Point(END.plusYears(1), 40, null, null));
        assertFalse(OecdRule.assess(points, END).meets());
        assertEquals(END, OecdRule.assess(points, END).end().asOf());
    }

    private static List<Point> people(int from, int to) {
        return List.of(new Point(START, from, null, null), new Point(END, to, null, null));
    }

    private static Point revenue(LocalDate asOf, int headcount, String amount, String currency) {
        return new Point(asOf, headcount, new BigDecimal(amount), currency);
    }

    private static Assessment assess(List<Point> points) {
        return OecdRule.assess(points, END);
    }
}
