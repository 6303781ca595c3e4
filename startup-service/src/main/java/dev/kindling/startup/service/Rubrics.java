package dev.kindling.startup.service;

import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.startup.api.Criterion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A call's rubric as arithmetic. A review's score is the weighted mean of its criteria's scores, each taken
 * as its place on its own criterion's scale and put back on the rubric's scale: the criteria's common scale,
 * or 0–100 when they differ. With one common scale that is simply Σ weight × score / Σ weight.
 */
final class Rubrics {
    static final int SCALE = 6;

    private Rubrics() {}

    /** The rubric's scale: {min, max}. */
    static int[] scale(List<Criterion> rubric) {
        Set<List<Integer>> scales =
                rubric.stream().map(c -> List.of(c.scaleMin(), c.scaleMax())).collect(Collectors.toSet());
        if (scales.size() == 1) {
            List<Integer> only = scales.iterator().next();
            return new int[] {only.get(0), only.get(1)};
        }
        return new int[] {0, 100};
    }

    /** 400 naming every score that is not a criterion's, or outside its scale; with complete, every one missing. */
    static void check(List<Criterion> rubric, Map<String, Integer> scores, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = rubric.stream().map(Criterion::key).collect(Collectors.toSet());
        scores.forEach((key, value) -> {
            if (!keys.contains(key)) {
                errors.add(new FieldError("scores." + key, "is not a criterion of the call's rubric"));
            } else if (value == null) {
                errors.add(new FieldError("scores." + key, "must be a number"));
            }
        });
        for (Criterion c : rubric) {
            Integer value = scores.get(c.key());
            if (value == null) {
                if (complete) {
                    errors.add(new FieldError("scores." + c.key(), "is required to submit"));
                }
            } else if (value < c.scaleMin() || value > c.scaleMax()) {
                errors.add(new FieldError(
                        "scores." + c.key(), "must be between " + c.scaleMin() + " and " + c.scaleMax()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST, "Some scores do not fit the rubric", errors, Map.of());
        }
    }

    /** The weighted mean of complete scores on the rubric's scale. */
    static BigDecimal score(List<Criterion> rubric, Map<String, Integer> scores) {
        int[] scale = scale(rubric);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion c : rubric) {
            BigDecimal place = BigDecimal.valueOf(scores.get(c.key()) - c.scaleMin())
                    .divide(BigDecimal.valueOf(c.scaleMax() - c.scaleMin()), MathContext.DECIMAL64);
            weighted = weighted.add(place.multiply(c.weight()));
            weights = weights.add(c.weight());
        }
        BigDecimal place = weighted.divide(weights, MathContext.DECIMAL64);
        return BigDecimal.valueOf(scale[0])
                .add(place.multiply(BigDecimal.valueOf(scale[1] - scale[0])))
                .setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
