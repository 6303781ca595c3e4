package dev.kindling.startup.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.startup.api.CallRequest;
import dev.kindling.startup.api.Criterion;
import dev.kindling.startup.api.EligibilityRules;
import dev.kindling.startup.api.Question;
import dev.kindling.startup.api.Question.QuestionType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call's form, rubric and rules checked as a whole, and answers checked against the form: each
 * fault is named in the problem's {@code errors} ({@code form[2].options}, {@code answers.pitch}).
 */
final class Forms {
    static final int SHORT_TEXT_MAX = 200;
    static final int LONG_TEXT_DEFAULT_MAX = 5000;

    private Forms() {}

    /** The call's definition: unique keys, options only (and always) on choices, bounds in order. */
    static void checkDefinition(CallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < request.form().size(); i++) {
            Question q = request.form().get(i);
            String at = "form[" + i + "]";
            if (!keys.add(q.key())) {
                errors.add(new FieldError(at + ".key", q.key() + " is used twice"));
            }
            boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
            if (choice && (q.options() == null || q.options().size() < 2)) {
                errors.add(new FieldError(at + ".options", "a choice needs at least two options"));
            }
            if (choice
                    && q.options() != null
                    && new HashSet<>(q.options()).size() != q.options().size()) {
                errors.add(new FieldError(at + ".options", "are not distinct"));
            }
            if (!choice && q.options() != null) {
                errors.add(new FieldError(at + ".options", "apply only to choices"));
            }
            boolean text = q.type() == QuestionType.SHORT_TEXT || q.type() == QuestionType.LONG_TEXT;
            if (!text && q.maxLength() != null) {
                errors.add(new FieldError(at + ".maxLength", "applies only to texts"));
            }
            if (q.type() == QuestionType.SHORT_TEXT && q.maxLength() != null && q.maxLength() > SHORT_TEXT_MAX) {
                errors.add(new FieldError(at + ".maxLength", "is at most " + SHORT_TEXT_MAX + " for a SHORT_TEXT"));
            }
            if (q.type() != QuestionType.NUMBER && (q.min() != null || q.max() != null)) {
                errors.add(new FieldError(at + ".min", "min and max apply only to numbers"));
            }
            if (q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
                errors.add(new FieldError(at + ".max", "is below min"));
            }
        }
        Set<String> criteria = new HashSet<>();
        for (int i = 0; i < request.rubric().size(); i++) {
            Criterion c = request.rubric().get(i);
            if (!criteria.add(c.key())) {
                errors.add(new FieldError("rubric[" + i + "].key", c.key() + " is used twice"));
            }
            if (c.scaleMax() <= c.scaleMin()) {
                errors.add(new FieldError("rubric[" + i + "].scaleMax", "must be above scaleMin"));
            }
        }
        EligibilityRules rules = request.eligibility();
        if (rules != null
                && rules.minTeamSize() != null
                && rules.maxTeamSize() != null
                && rules.minTeamSize() > rules.maxTeamSize()) {
            errors.add(new FieldError("eligibility.maxTeamSize", "is below minTeamSize"));
        }
        throwIfAny(errors, "The call is not well formed");
    }

    /**
     * The answers against the form; with {@code complete}, every required question must be answered
     * (a submission), else only what is answered is checked (a draft).
     */
    static void checkAnswers(List<Question> form, Map<String, JsonNode> answers, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Question> byKey = new HashMap<>();
        form.forEach(q -> byKey.put(q.key(), q));
        for (String key : answers.keySet()) {
            if (!byKey.containsKey(key)) {
                errors.add(new FieldError("answers." + key, "is not a question of the call"));
            }
        }
        for (Question q : form) {
            JsonNode answer = answers.get(q.key());
            boolean empty = answer == null
                    || answer.isNull()
                    || (answer.isTextual() && answer.asText().isBlank())
                    || (answer.isArray() && answer.isEmpty());
            if (empty) {
                if (complete && q.required()) {
                    errors.add(new FieldError("answers." + q.key(), "is required"));
                }
                continue;
            }
            String fault = fault(q, answer);
            if (fault != null) {
                errors.add(new FieldError("answers." + q.key(), fault));
            }
        }
        throwIfAny(errors, "Some answers do not fit the form");
    }

    /** Why the answer does not fit its question, or null when it does. */
    static String fault(Question q, JsonNode answer) {
        return switch (q.type()) {
            case SHORT_TEXT -> text(answer, q.maxLength() == null ? SHORT_TEXT_MAX : q.maxLength());
            case LONG_TEXT -> text(answer, q.maxLength() == null ? LONG_TEXT_DEFAULT_MAX : q.maxLength());
            case NUMBER -> number(answer, q.min(), q.max());
            case SINGLE_CHOICE ->
                answer.isTextual() && q.options().contains(answer.asText())
                        ? null
                        : "must be one of " + String.join(", ", q.options());
            case MULTIPLE_CHOICE -> choices(answer, q.options());
            case URL -> answer.isTextual() && isUrl(answer.asText()) ? null : "must be an http(s) URL";
            case DATE -> date(answer);
        };
    }

    private static String text(JsonNode answer, int maxLength) {
        if (!answer.isTextual()) {
            return "must be a text";
        }
        int length = answer.asText().codePointCount(0, answer.asText().length());
        return length > maxLength ? "is " + length + " characters; at most " + maxLength : null;
    }

    private static String number(JsonNode answer, BigDecimal min, BigDecimal max) {
        if (!answer.isNumber()) {
            return "must be a number";
        }
        BigDecimal value = answer.decimalValue();
        if (min != null && value.compareTo(min) < 0) {
            return "must be at least " + min.toPlainString();
        }
        if (max != null && value.compareTo(max) > 0) {
            return "must be at most " + max.toPlainString();
        }
        return null;
    }

    private static String choices(JsonNode answer, List<String> options) {
        if (!answer.isArray()) {
            return "must be an array of options";
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : answer) {
            if (!item.isTextual() || !options.contains(item.asText())) {
                return "must hold only options of " + String.join(", ", options);
            }
            if (!seen.add(item.asText())) {
                return "names " + item.asText() + " twice";
            }
        }
        return null;
    }

    private static String date(JsonNode answer) {
        try {
            if (answer.isTextual()) {
                LocalDate.parse(answer.asText());
                return null;
            }
        } catch (DateTimeParseException e) {
            // falls through
        }
        return "must be a date such as 2025-06-30";
    }

    static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && text.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void throwIfAny(List<FieldError> errors, String detail) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, detail, errors, Map.of());
        }
    }
}
