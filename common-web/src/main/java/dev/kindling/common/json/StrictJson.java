package dev.kindling.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The suite's one policy for reading JSON bodies, applied to Quarkus' ObjectMapper in every service
 * and the gateway: a duplicate key and anything after the top-level value are refused (Jackson's own
 * checks), and so are strings holding NUL or a lone surrogate ({@link StrictStrings}). Invalid UTF-8
 * is refused before Jackson sees the body ({@link StrictUtf8Reader}). Each refusal is a 400 problem.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(
                new SimpleModule("kindling-strict-strings").addDeserializer(String.class, new StrictStrings()));
    }
}
