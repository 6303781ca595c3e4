package dev.kindling.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitedReadStreamTest {
    @Test
    void bytesUpToTheLimitPassAndTheEndIsSignalled() {
        Source source = new Source();
        LimitedReadStream limited = new LimitedReadStream(source, 8);
        List<String> seen = new ArrayList<>();
        boolean[] ended = {false};
        limited.handler(b -> seen.add(b.toString())).endHandler(v -> ended[0] = true);
        source.emit("1234").emit("5678").end();
        assertEquals(List.of("1234", "5678"), seen);
        assertTrue(ended[0]);
        assertFalse(limited.exceeded());
    }

    @Test
    void overTheLimitFailsWithoutPassingMoreOrEnding() {
        Source source = new Source();
        LimitedReadStream limited = new LimitedReadStream(source, 8);
        List<Throwable> failures = new ArrayList<>();
        boolean[] ended = {false};
        limited.exceptionHandler(failures::add).handler(b -> {}).endHandler(v -> ended[0] = true);
        source.emit("12345").emit("67890").end();
        assertTrue(limited.exceeded());
        assertEquals(1, failures.size());
        assertTrue(failures.get(0) instanceof LimitedReadStream.TooLarge);
        assertFalse(ended[0]);
    }

    @Test
    void clearingTheHandlersOfAnEndedBodySetsNoneOnTheRequest() {
        Source source = new Source();
        LimitedReadStream limited = new LimitedReadStream(source, 8);
        limited.handler(b -> {}).endHandler(v -> {});
        source.end();
        // As Vert.x' pipe does once the body has ended: the request refuses any new end handler then.
        limited.handler(null).endHandler(null);
        assertEquals(null, source.endHandler);
    }

    /** A request body: after its end it refuses a new end handler, as Http1xServerRequest does. */
    private static final class Source implements ReadStream<Buffer> {
        Handler<Buffer> handler;
        Handler<Void> endHandler;
        boolean ended;

        Source emit(String chunk) {
            handler.handle(Buffer.buffer(chunk));
            return this;
        }

        void end() {
            ended = true;
            if (endHandler != null) {
                endHandler.handle(null);
            }
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> h) {
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> h) {
            handler = h;
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> h) {
            if (h != null && ended) {
                throw new IllegalStateException("Request has already been read");
            }
            endHandler = h;
            return this;
        }
    }
}
