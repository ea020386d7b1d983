package vn.datamap.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Looks at an RDF body before any parser does: Turtle, N-Triples and JSON-LD must be UTF-8
 * (a malformed byte is refused with its line and column, never turned into U+FFFD), and Turtle
 * and JSON-LD may nest brackets only so deep, because their parsers recurse on nesting and a
 * body of a few kilobytes would otherwise exhaust the stack. The scan is one pass over the
 * bytes; every bracket, quote and comment mark is ASCII, so UTF-8 text never confuses it.
 */
final class BodyScan {
    /** Deepest nesting of blank nodes, collections, triple terms, objects or arrays accepted. */
    static final int MAX_DEPTH = 100;

    private BodyScan() {}

    static void check(byte[] body, BodyFormat format) {
        switch (format) {
            case TURTLE -> {
                requireUtf8(body, format);
                requireShallowTurtle(body);
            }
            case NTRIPLES -> requireUtf8(body, format);
            case JSONLD -> {
                requireUtf8(body, format);
                requireShallowJson(body);
            }
            default -> {
                // RDF/XML declares its own encoding and is checked by RdfXmlPrecheck.
            }
        }
    }

    static void requireUtf8(byte[] body, BodyFormat format) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw refused(format.label() + " must be UTF-8: the byte at offset " + in.position()
                        + " is not valid UTF-8", body, in.position());
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw refused(format.label() + " must be UTF-8: the body ends inside a character", body, body.length);
        }
    }

    /** Turtle: '[' and '(' (blank nodes, collections), '<<' (triple terms) and '{|' (annotations) nest. */
    private static void requireShallowTurtle(byte[] b) {
        int depth = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            switch (c) {
                case '#' -> i = endOfLine(b, i);
                case '"', '\'' -> i = endOfString(b, i, c);
                case '\\' -> i++;
                case '<' -> {
                    if (i + 1 < b.length && b[i + 1] == '<') {
                        depth = deeper(depth, b, i++);
                    } else {
                        i = indexOf(b, i + 1, (byte) '>');
                    }
                }
                case '>' -> {
                    if (i + 1 < b.length && b[i + 1] == '>') {
                        depth = Math.max(0, depth - 1);
                        i++;
                    }
                }
                case '{' -> {
                    if (i + 1 < b.length && b[i + 1] == '|') {
                        depth = deeper(depth, b, i++);
                    }
                }
                case '|' -> {
                    if (i + 1 < b.length && b[i + 1] == '}') {
                        depth = Math.max(0, depth - 1);
                        i++;
                    }
                }
                case '[', '(' -> depth = deeper(depth, b, i);
                case ']', ')' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
    }

    private static void requireShallowJson(byte[] b) {
        int depth = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c == '"') {
                i = endOfString(b, i, c);
            } else if (c == '{' || c == '[') {
                depth = deeper(depth, b, i);
            } else if (c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static int deeper(int depth, byte[] body, int at) {
        if (depth + 1 > MAX_DEPTH) {
            throw refused("The body nests more than " + MAX_DEPTH + " levels deep", body, at);
        }
        return depth + 1;
    }

    /** The index of the closing quote of the string opening at {@code start} (long strings too). */
    private static int endOfString(byte[] b, int start, byte quote) {
        boolean tripled = start + 2 < b.length && b[start + 1] == quote && b[start + 2] == quote;
        int i = start + (tripled ? 3 : 1);
        while (i < b.length) {
            if (b[i] == '\\') {
                i += 2;
            } else if (b[i] == quote && (!tripled || (i + 2 < b.length && b[i + 1] == quote && b[i + 2] == quote))) {
                return tripled ? i + 2 : i;
            } else {
                i++;
            }
        }
        return b.length;
    }

    private static int endOfLine(byte[] b, int start) {
        int i = start;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] b, int from, byte wanted) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == wanted || b[i] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    private static SyntaxProblem refused(String message, byte[] body, int offset) {
        long line = 1;
        long column = 1;
        for (int i = 0; i < Math.min(offset, body.length); i++) {
            if (body[i] == '\n') {
                line++;
                column = 1;
            } else if ((body[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SyntaxProblem(message + " (line " + line + ", column " + column + ")", line, column);
    }
}
