package dev.kindling.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Where two JSON documents differ, as JSON pointers with both values: a readable drift report. */
final class DocumentDiff {
    private DocumentDiff() {}

    static List<String> between(JsonNode committed, JsonNode served) {
        List<String> differences = new ArrayList<>();
        walk("", committed, served, differences);
        return differences;
    }

    private static void walk(String pointer, JsonNode committed, JsonNode served, List<String> out) {
        if (committed == null || served == null || committed.getNodeType() != served.getNodeType()) {
            out.add(pointer + ": committed " + brief(committed) + ", served " + brief(served));
        } else if (committed.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(
                        pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                        committed.get(name),
                        served.get(name),
                        out);
            }
        } else if (committed.isArray()) {
            if (committed.size() != served.size()) {
                out.add(pointer + ": committed " + committed.size() + " items, served " + served.size());
                return;
            }
            Iterator<JsonNode> a = committed.elements();
            Iterator<JsonNode> b = served.elements();
            for (int i = 0; a.hasNext(); i++) {
                walk(pointer + "/" + i, a.next(), b.next(), out);
            }
        } else if (!committed.equals(served) && !(committed.isNumber() && committed.asDouble() == served.asDouble())) {
            out.add(pointer + ": committed " + brief(committed) + ", served " + brief(served));
        }
    }

    private static String brief(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
