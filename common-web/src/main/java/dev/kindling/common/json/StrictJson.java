package dev.kindling.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The suite's one policy for reading JSON bodies, applied to Quarkus' ObjectMapper in every service
 * and the gateway: a duplicate key and anything after the top-level value are refused (Jackson's own
 * checks), and so are strings holding NUL or a lone surrogate ({@link StrictStrings}). Invalid UTF-8
 * is refused before Jackson sees the body ({@link StrictUtf8Reader}). Values are taken in the type the
 * document declares and no other: no number for a text or a date, no text or fraction for a number, no
 * text for a boolean (Jackson would otherwise coerce {@code 12} to {@code "12"}, {@code 1.5} to
 * {@code 1}, {@code "12"} to {@code 12} and a number to an epoch date). Each refusal is a 400 problem.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.registerModule(
                new SimpleModule("kindling-strict-strings").addDeserializer(String.class, new StrictStrings()));
    }
}
