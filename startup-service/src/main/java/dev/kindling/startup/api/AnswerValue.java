package dev.kindling.startup.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of one answer; answers travel as JSON values (see {@link ApplicationRequest}). */
@Schema(
        name = "AnswerValue",
        description = "A text (SHORT_TEXT, LONG_TEXT, URL, DATE, SINGLE_CHOICE), a number (NUMBER) or a list of"
                + " options (MULTIPLE_CHOICE)",
        oneOf = {AnswerValue.Text.class, BigDecimal.class, AnswerValue.Options.class})
public final class AnswerValue {
    private AnswerValue() {}

    /** A text answer, as long as the longest LONG_TEXT may be. */
    @Schema(name = "TextAnswer", type = SchemaType.STRING, maxLength = 100_000)
    public static final class Text {
        private Text() {}
    }

    /** The options chosen in a MULTIPLE_CHOICE. */
    @Schema(name = "OptionsAnswer", type = SchemaType.ARRAY, maxItems = 50, implementation = Option.class)
    public static final class Options {
        private Options() {}
    }

    /** One option, as a form lists it. */
    @Schema(name = "OptionAnswer", type = SchemaType.STRING, maxLength = 200)
    public static final class Option {
        private Option() {}
    }
}
