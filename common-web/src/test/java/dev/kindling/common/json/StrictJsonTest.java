package dev.kindling.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one decoding policy: a value is read in its declared type or refused, never coerced. */
class StrictJsonTest {
    record Body(String name, Integer count, Boolean flag, LocalDate on) {}

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":12345}",
                "{\"name\":1.5}",
                "{\"name\":true}",
                "{\"count\":1.5}",
                "{\"count\":\"12\"}",
                "{\"flag\":\"yes\"}",
                "{\"flag\":\"true\"}",
                "{\"on\":20000}",
                "{\"name\":\"a\",\"name\":\"b\"}",
                "{\"name\":\"a\"} {}",
                "{\"name\":\"a\\u0000b\"}"
            })
    void aValueOfAnotherTypeIsRefused(String json) {
        assertThrows(com.fasterxml.jackson.core.JacksonException.class, () -> mapper().readValue(json, Body.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"Acme\",\"count\":12,\"flag\":true,\"on\":\"2026-12-01\"}"})
    void valuesOfTheirOwnTypeAreRead(String json) throws Exception {
        Body body = mapper().readValue(json, Body.class);
        assertEquals(new Body("Acme", 12, true, LocalDate.of(2026, 12, 1)), body);
    }
}
