package dev.kindling.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/PROBLEMS.md is the catalogue of {@link ProblemType} written out: this test fails when they
 * differ. After changing the enum, run {@code ./mvnw -pl common-web test -Dtest=ProblemCatalogueTest
 * -Dkindling.write-docs=true} and commit both.
 */
class ProblemCatalogueTest {
    static final Path DOC = Path.of("..", "docs", "PROBLEMS.md");

    @Test
    void theDocumentedCatalogueIsTheOneInCode() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("kindling.write-docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(
                expected,
                actual,
                "docs/PROBLEMS.md differs from ProblemType; regenerate it with"
                        + " ./mvnw -pl common-web test -Dtest=ProblemCatalogueTest -Dkindling.write-docs=true");
    }

    @Test
    void everyTypeHasItsOwnSlugAStatusAndAReasonPhrase() {
        Set<String> slugs = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertTrue(slugs.add(type.slug()), type + " repeats a slug");
            assertTrue(type.status() >= 400 && type.status() < 600, type + " is not an error status");
            assertTrue(type.uri().startsWith(Problem.TYPE_BASE) && type.uri().endsWith(type.slug()));
            assertEquals(type, ProblemType.bySlug(type.slug()).orElseThrow());
            assertTrue(!type.title().isBlank() && !type.when().isBlank(), type + " needs a title and a when");
        }
    }

    @Test
    void statusesTheFrameworkRaisesMapToTheirOwnType() {
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.BODY_TOO_LARGE, ProblemType.forStatus(413));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(503));
        assertEquals(ProblemType.INVALID_REQUEST, ProblemType.forStatus(400));
        Arrays.stream(ProblemType.values())
                .filter(t -> t.status() == 405 || t.status() == 406 || t.status() == 415)
                .forEach(t -> assertEquals(t, ProblemType.forStatus(t.status())));
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Problem types\n\n")
                .append("Every error of the Kindling APIs (the three services and the gateway) is an RFC 9457\n")
                .append(
                        "`application/problem+json` body: `type`, `title`, `status`, `detail`, `instance`, `requestId`\n")
                .append(
                        "and, for field problems, `errors` (`field`, `message`). The `type` is one of the URIs below; the\n")
                .append(
                        "same situation has the same type in every service. The `title` is the status' RFC 9110 reason\n")
                .append("phrase. This file is generated from `common-web`'s `ProblemType` and checked by\n")
                .append("`ProblemCatalogueTest`: change the enum, then regenerate with\n")
                .append("`./mvnw -pl common-web test -Dtest=ProblemCatalogueTest -Dkindling.write-docs=true`.\n\n")
                .append("| type | status | title | when |\n")
                .append("|---|---|---|---|\n");
        for (ProblemType type : ProblemType.values()) {
            out.append("| `")
                    .append(type.uri())
                    .append("` | ")
                    .append(type.status())
                    .append(" | ")
                    .append(type.title())
                    .append(" | ")
                    .append(type.when().replace("|", "\\|"))
                    .append(" |\n");
        }
        return out.toString();
    }
}
