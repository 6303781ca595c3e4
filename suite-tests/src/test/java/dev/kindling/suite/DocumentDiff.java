package dev.kindling.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where two JSON documents differ, as JSON Pointers (RFC 6901) with both values: the difference
 * between the OpenAPI document the suite serves and the committed one, in a form a reviewer can act
 * on. Numbers compare by value (YAML and JSON readers pick different number classes).
 */
final class DocumentDiff {
    private final List<String> differences = new ArrayList<>();

    private DocumentDiff() {}

    static List<String> between(JsonNode expected, JsonNode actual) {
        DocumentDiff diff = new DocumentDiff();
        diff.compare("", expected, actual);
        return diff.differences;
    }

    private void compare(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differ(pointer, expected, actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name) || !actual.has(name)) {
                    differ(child, expected.get(name), actual.get(name));
                } else {
                    compare(child, expected.get(name), actual.get(name));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(pointer + "/" + i, expected.get(i), actual.get(i));
            }
        } else if (!expected.equals(actual)) {
            differ(pointer, expected, actual);
        }
    }

    private void differ(String pointer, JsonNode expected, JsonNode actual) {
        differences.add(pointer + ": committed " + brief(expected) + ", served " + brief(actual));
    }

    private static String brief(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
