package dev.kindling.hub.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most so many bytes of a receiver's answer, then cancels the rest: a receiver cannot make the
 * sender read (or keep) more than the delivery log shows. Decoded as UTF-8 with replacement, NULs dropped.
 */
final class Snippet implements HttpResponse.BodySubscriber<String> {
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Snippet(int max) {
        this.max = max;
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            int take = Math.min(item.remaining(), max - bytes.size());
            byte[] chunk = new byte[take];
            item.get(chunk);
            bytes.write(chunk, 0, take);
            if (bytes.size() >= max) {
                subscription.cancel();
                complete();
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        complete();
    }

    @Override
    public void onComplete() {
        complete();
    }

    private void complete() {
        result.complete(new String(bytes.toByteArray(), StandardCharsets.UTF_8).replace("\u0000", ""));
    }
}
