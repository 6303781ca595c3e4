package dev.kindling.gateway.readmodel;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestResponse;

/** One service's answer to a read model: found, absent (404), or unavailable (down, slow, broken). */
public record Fetched<T>(State state, T value) {
    public enum State {
        FOUND,
        ABSENT,
        /** The service refused the question (422): e.g. no exchange rate for the conversion asked for. */
        REFUSED,
        UNAVAILABLE
    }

    public boolean found() {
        return state == State.FOUND;
    }

    /** Runs the call with a timeout; never fails: anything but 2xx, 404 or 422 is {@code UNAVAILABLE}. */
    public static <T> Uni<Fetched<T>> of(String service, Uni<RestResponse<T>> call, Duration timeout) {
        return call.ifNoItem()
                .after(timeout)
                .fail()
                .map(response -> Fetched.<T>from(service, response))
                .onFailure()
                .recoverWithItem(failure -> {
                    Log.warnf("%s unavailable for a read model: %s", service, failure.toString());
                    return new Fetched<>(State.UNAVAILABLE, null);
                });
    }

    private static <T> Fetched<T> from(String service, RestResponse<T> response) {
        int status = response.getStatus();
        if (status == 404) {
            return new Fetched<>(State.ABSENT, null);
        }
        if (status == 422) {
            return new Fetched<>(State.REFUSED, null);
        }
        if (status >= 200 && status < 300 && response.getEntity() != null) {
            return new Fetched<>(State.FOUND, response.getEntity());
        }
        Log.warnf("%s answered %d for a read model", service, status);
        return new Fetched<>(State.UNAVAILABLE, null);
    }
}
