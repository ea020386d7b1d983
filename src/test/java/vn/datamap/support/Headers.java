package vn.datamap.support;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading response headers as lists of tokens, not as substrings. */
public final class Headers {
    private Headers() {}

    /** The header names of every {@code Vary} header, lower-cased ({@code accept}, {@code accept-encoding}, …). */
    public static Set<String> vary(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The media type of the Content-Type header, without parameters, lower-cased; empty when absent. */
    public static String mediaType(HttpResponse<?> response) {
        String value = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
