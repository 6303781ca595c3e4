package dev.kindling.gateway.web;

import dev.kindling.common.problem.ProblemJson;
import dev.kindling.common.problem.ProblemType;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What no route, service or gateway endpoint answers is a 404 problem. */
@ApplicationScoped
public class NotFoundRoute {

    void register(@Observes Router router) {
        router.route()
                .last()
                .handler(rc -> ProblemJson.send(
                        rc,
                        ProblemType.NOT_FOUND,
                        "No route for " + rc.request().path()));
    }
}
