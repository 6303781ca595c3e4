package dev.kindling.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A body stream that fails with {@link TooLarge} once more than {@code maxBytes} have passed. */
public final class LimitedReadStream implements ReadStream<Buffer> {
    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private long seen;
    private boolean failed;
    private Handler<Throwable> exceptionHandler;

    public LimitedReadStream(ReadStream<Buffer> source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /** Whether the body went over the limit. */
    public boolean exceeded() {
        return failed;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (failed) {
                return;
            }
            seen += chunk.length();
            if (seen > maxBytes) {
                failed = true;
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge());
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        if (endHandler == null) {
            // The pipe clears its handlers once the body has ended; a non-null handler on an ended
            // request makes Vert.x throw (and catch) an IllegalStateException with its stack trace.
            source.endHandler(null);
            return this;
        }
        source.endHandler(end -> {
            if (!failed) {
                endHandler.handle(end);
            }
        });
        return this;
    }

    /** The body went over the limit. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooLarge() {
            super("request body over the limit", null, false, false);
        }
    }
}
