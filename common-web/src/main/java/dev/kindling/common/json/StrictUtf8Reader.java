package dev.kindling.common.json;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON body that is not well-formed UTF-8 (RFC 8259 §8.1) before Jackson reads it: the JDK's
 * decoder rejects invalid bytes, overlong sequences and encoded surrogates, which Jackson's fast parser
 * would decode or replace. Bodies are small (the gateway caps them), so the bytes are read once here
 * and handed on.
 */
@Provider
public class StrictUtf8Reader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().toLowerCase().endsWith("json")) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!wellFormed(body)) {
                throw new ProblemException(ProblemType.MALFORMED_JSON, "The request body is not valid UTF-8");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static boolean wellFormed(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
