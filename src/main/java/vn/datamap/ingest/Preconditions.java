package vn.datamap.ingest;

import vn.datamap.web.ApiException;

/**
 * If-Match on a catalogue: the client names the ETag of the catalogue it edited (as GET
 * {@code /catalog/{agencyId}} gave it, {@code W/"<generation>-<variant>"}); when the catalogue or
 * the reference data changed after that generation, the edit is stale and answers 412.
 */
final class Preconditions {
    private Preconditions() {}

    static void check(String ifMatch, long version, boolean exists) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        boolean matched = false;
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                matched |= exists;
                continue;
            }
            Long generation = generation(tag);
            matched |= generation != null && generation >= version;
        }
        if (!matched) {
            throw ApiException.preconditionFailed("The catalogue changed after the version named in If-Match ("
                    + ifMatch.trim() + "); fetch it again, reapply the edit and resend");
        }
    }

    /** The generation at the start of an entity tag, or null when the tag is not one of ours. */
    static Long generation(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() < 2 || !t.startsWith("\"") || !t.endsWith("\"")) {
            return null;
        }
        String opaque = t.substring(1, t.length() - 1);
        int dash = opaque.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? opaque : opaque.substring(0, dash));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
