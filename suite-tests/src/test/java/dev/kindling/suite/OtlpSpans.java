package dev.kindling.suite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the spans of an OTLP {@code ExportTraceServiceRequest} (protobuf wire format) without the
 * generated classes: resource spans (1) → resource (1) → attributes (1: key 1, value 1.string 1) for
 * service.name, and scope spans (2) → spans (2) → trace id (1), span id (2), parent span id (4),
 * name (5), kind (6).
 */
final class OtlpSpans {
    record Span(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
        static final int SERVER = 2;
    }

    private OtlpSpans() {}

    static List<Span> parse(byte[] request) {
        List<Span> spans = new ArrayList<>();
        for (Field resourceSpans : fields(request)) {
            if (resourceSpans.number != 1) {
                continue;
            }
            String service = "";
            List<byte[]> spanMessages = new ArrayList<>();
            for (Field f : fields(resourceSpans.bytes)) {
                if (f.number == 1) {
                    service = serviceName(f.bytes);
                } else if (f.number == 2) {
                    fields(f.bytes).stream().filter(s -> s.number == 2).forEach(s -> spanMessages.add(s.bytes));
                }
            }
            for (byte[] span : spanMessages) {
                spans.add(span(service, span));
            }
        }
        return spans;
    }

    private static String serviceName(byte[] resource) {
        for (Field attribute : fields(resource)) {
            if (attribute.number != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : fields(attribute.bytes)) {
                if (part.number == 1) {
                    key = text(part.bytes);
                } else if (part.number == 2) {
                    value = fields(part.bytes).stream()
                            .filter(v -> v.number == 1)
                            .map(v -> text(v.bytes))
                            .findFirst()
                            .orElse(null);
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return "";
    }

    private static Span span(String service, byte[] span) {
        String trace = "";
        String id = "";
        String parent = "";
        String name = "";
        int kind = 0;
        for (Field f : fields(span)) {
            switch (f.number) {
                case 1 -> trace = HexFormat.of().formatHex(f.bytes);
                case 2 -> id = HexFormat.of().formatHex(f.bytes);
                case 4 -> parent = HexFormat.of().formatHex(f.bytes);
                case 5 -> name = text(f.bytes);
                case 6 -> kind = (int) f.varint;
                default -> {}
            }
        }
        return new Span(service, trace, id, parent, name, kind);
    }

    private record Field(int number, long varint, byte[] bytes) {}

    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long tag = varint(message, at);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> fields.add(new Field(number, varint(message, at), null));
                case 1 -> at[0] += 8;
                case 2 -> {
                    int length = (int) varint(message, at);
                    byte[] bytes = new byte[length];
                    System.arraycopy(message, at[0], bytes, 0, length);
                    at[0] += length;
                    fields.add(new Field(number, 0, bytes));
                }
                case 5 -> at[0] += 4;
                default -> throw new IllegalArgumentException("unsupported wire type in " + tag);
            }
        }
        return fields;
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
