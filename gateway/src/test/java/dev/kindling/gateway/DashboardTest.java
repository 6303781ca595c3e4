package dev.kindling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard as the gateway serves it from the kindling-dashboard jar. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class DashboardTest {

    @Test
    void thePageIsRevalidatedAndRunsUnderAPolicyWithoutInlineScript() {
        String html = given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", is("no-cache"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", is("nosniff"))
                .extract()
                .asString();
        assertTrue(!html.contains("<script>") && !html.contains("style="), "no inline script or style: " + html);

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertTrue(script.find(), "the page loads its script from /assets/: " + html);
        given().header("Accept-Encoding", "gzip")
                .when()
                .get(script.group(1))
                .then()
                .statusCode(200)
                .header("Cache-Control", is("public, max-age=31536000, immutable"))
                .header("Content-Encoding", is("gzip"));
    }

    @Test
    void settingsArePublicAndNameNoProviderUntilOneIsConfigured() {
        given().when()
                .get("/dashboard-config.json")
                .then()
                .statusCode(200)
                .header("Cache-Control", is("no-cache"))
                .body(is("{}"));
    }

    @Test
    void apiAnswersKeepTheirOwnHeaders() {
        given().when()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(401)
                .header("Content-Security-Policy", (String) null)
                .header("Cache-Control", (String) null);
    }
}
