package dev.kindling.startup.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ranking's arithmetic, as a pure function of the submitted reviews' scores (each already the
 * weighted mean of its criteria on the rubric's scale [min, max]):
 *
 * <ul>
 *   <li>mean: the mean of an application's review scores;
 *   <li>normalised: each review's z-score against its reviewer, z = (x − μ_r) / σ_r, where μ_r and σ_r are the
 *       mean and population standard deviation of every score that reviewer gave in the call (z = 0 when
 *       σ_r = 0, e.g. a reviewer with one review); the application's mean z put back on the scale as
 *       μ + z̄ × σ, with μ and σ over every submitted score in the call, clamped to [min, max];
 *   <li>spread: highest minus lowest review score; disagreement: spread above a quarter of (max − min).
 * </ul>
 */
final class Rankings {
    static final int DECIMALS = 4;

    /** One submitted review's score. */
    record Scored(UUID applicationId, String reviewer, double score) {}

    /** An application's figures. */
    record Figures(int reviews, BigDecimal mean, BigDecimal normalised, BigDecimal spread, boolean disagreement) {}

    private Rankings() {}

    static double threshold(int min, int max) {
        return (max - min) / 4.0;
    }

    static Map<UUID, Figures> compute(List<Scored> reviews, int min, int max) {
        Map<String, double[]> byReviewer = new HashMap<>();
        reviews.stream().collect(Collectors.groupingBy(Scored::reviewer)).forEach((reviewer, own) -> {
            double[] scores = own.stream().mapToDouble(Scored::score).toArray();
            byReviewer.put(reviewer, meanAndDeviation(scores));
        });
        double[] all =
                meanAndDeviation(reviews.stream().mapToDouble(Scored::score).toArray());
        Map<UUID, Figures> figures = new HashMap<>();
        reviews.stream().collect(Collectors.groupingBy(Scored::applicationId)).forEach((application, own) -> {
            double sum = 0;
            double zSum = 0;
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            for (Scored s : own) {
                double[] reviewer = byReviewer.get(s.reviewer());
                sum += s.score();
                zSum += reviewer[1] > 0 ? (s.score() - reviewer[0]) / reviewer[1] : 0;
                high = Math.max(high, s.score());
                low = Math.min(low, s.score());
            }
            double mean = sum / own.size();
            double normalised = Math.max(min, Math.min(max, all[0] + zSum / own.size() * all[1]));
            double spread = high - low;
            figures.put(
                    application,
                    new Figures(
                            own.size(), round(mean), round(normalised), round(spread), spread > threshold(min, max)));
        });
        return figures;
    }

    /** {mean, population standard deviation}. */
    private static double[] meanAndDeviation(double[] values) {
        if (values.length == 0) {
            return new double[] {0, 0};
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(squares / values.length)};
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
    }
}
