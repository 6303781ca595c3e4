package dev.kindling.common.paging;

import dev.kindling.common.problem.ProblemException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursors. Ids are UUIDv7, so ordering by id is ordering by creation and a cursor is
 * simply the last id seen, base64url-encoded.
 */
public final class Cursors {
    /** What a cursor looks like: 16 bytes in unpadded base64url. */
    public static final String PATTERN = "[A-Za-z0-9_-]{21}[AQgw]";

    public static final String MALFORMED = "is not a cursor this API gave out";

    private Cursors() {}

    public static String encode(UUID lastId) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(lastId.getMostSignificantBits()).putLong(lastId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The id after which the next page starts, or null for the first page; 400 when malformed. */
    public static UUID decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            if (raw.length == 16) {
                ByteBuffer bytes = ByteBuffer.wrap(raw);
                return new UUID(bytes.getLong(), bytes.getLong());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.badRequest("cursor", MALFORMED);
    }
}
