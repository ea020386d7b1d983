package vn.datamap.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file of {@code src/test/resources/hostile/}: a header of {@code key: value} lines ended by
 * {@code ---}, then the body as bytes (see the README there). {@code {{canary}}} and
 * {@code {{base}}} are replaced in the request line and the body, byte for byte, so that bodies
 * that are not UTF-8 stay exactly as written.
 */
record HostileCase(String name, Map<String, String> header, byte[] body) {
    static final Path FOLDER = Path.of("src/test/resources/hostile");
    private static final byte[] END = "\n---\n".getBytes(StandardCharsets.US_ASCII);

    static HostileCase read(String name, String canary, String base) {
        try {
            byte[] all = Files.readAllBytes(FOLDER.resolve(name));
            int end = indexOf(all, END);
            if (end < 0) {
                throw new IllegalStateException(name + " has no header ended by a line ---");
            }
            Map<String, String> header = new LinkedHashMap<>();
            for (String line : new String(all, 0, end, StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                header.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim()
                        .replace("{{canary}}", canary).replace("{{base}}", base));
            }
            byte[] body = Arrays.copyOfRange(all, end + END.length, all.length);
            body = replace(replace(body, "{{canary}}", canary), "{{base}}", base);
            if (header.containsKey("prepend")) {
                byte[] first = Files.readAllBytes(Path.of("src/test/resources", header.get("prepend")));
                byte[] joined = Arrays.copyOf(first, first.length + body.length);
                System.arraycopy(body, 0, joined, first.length, body.length);
                body = joined;
            }
            return new HostileCase(name, header, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String method() {
        return header.get("request").split(" ", 2)[0];
    }

    String path() {
        return header.get("request").split(" ", 2)[1];
    }

    int expect() {
        return Integer.parseInt(header.get("expect"));
    }

    String get(String key) {
        return header.get(key);
    }

    String get(String key, String otherwise) {
        return header.getOrDefault(key, otherwise);
    }

    /** The agency a write path names, or null. */
    String agency() {
        String path = path();
        String prefix = "/api/agencies/";
        return path.startsWith(prefix) ? path.substring(prefix.length()).split("/", 2)[0] : null;
    }

    @Override
    public String toString() {
        return name;
    }

    private static byte[] replace(byte[] body, String placeholder, String value) {
        byte[] from = placeholder.getBytes(StandardCharsets.US_ASCII);
        byte[] to = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        for (int at = indexOf(body, from, 0); at >= 0; at = indexOf(body, from, i)) {
            out.write(body, i, at - i);
            out.write(to, 0, to.length);
            i = at + from.length;
        }
        out.write(body, i, body.length - i);
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] wanted) {
        return indexOf(data, wanted, 0);
    }

    private static int indexOf(byte[] data, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= data.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
