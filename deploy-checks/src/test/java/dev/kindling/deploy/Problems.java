package dev.kindling.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** The mistakes one check found, each a sentence naming the file or object and what to fix. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String format, Object... args) {
        String problem = args.length == 0 ? format : String.format(format, args);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    void addAll(Problems other) {
        found.addAll(other.found);
    }

    List<String> list() {
        return List.copyOf(found);
    }

    boolean mentions(String fragment) {
        return found.stream().anyMatch(p -> p.contains(fragment));
    }

    void assertNone(String what) {
        if (!found.isEmpty()) {
            fail(what + ": " + found.size() + " problem(s)\n  - " + String.join("\n  - ", found));
        }
    }

    @Override
    public String toString() {
        return String.join("\n", found);
    }
}
