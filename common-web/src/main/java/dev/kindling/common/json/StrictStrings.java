package dev.kindling.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads a JSON string as Jackson does, then refuses text that PostgreSQL cannot store or that is not
 * text at all: a NUL character ({@code \u0000}) or a lone UTF-16 surrogate ({@code \ud800} without its
 * pair), which would otherwise be stored as {@code ?} or fail in the database.
 */
final class StrictStrings extends StdScalarDeserializer<String> {
    static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

    StrictStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && !storable(value)) {
            throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
        }
        return value;
    }

    /** No NUL, and every surrogate in a high-low pair. */
    static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
