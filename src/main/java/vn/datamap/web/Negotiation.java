package vn.datamap.web;

import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation as RFC 9110 describes it: for each offered type the most specific matching
 * media range of the Accept header gives its quality; the offered type with the highest quality
 * wins, and ties go to the one offered first. A missing Accept header accepts anything.
 */
public final class Negotiation {
    private Negotiation() {}

    /** The best of {@code offered} for {@code accept}, or null when none is acceptable. */
    public static MediaType choose(String accept, List<MediaType> offered) {
        if (offered.isEmpty()) {
            return null;
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return offered.get(0);
        }
        MediaType best = null;
        double bestQuality = 0;
        for (MediaType candidate : offered) {
            double q = quality(candidate, ranges);
            if (q > bestQuality) {
                best = candidate;
                bestQuality = q;
            }
        }
        return best;
    }

    private static double quality(MediaType candidate, List<MediaType> ranges) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaType range : ranges) {
            if (!range.includes(candidate)) {
                continue;
            }
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2 + range.getParameters().size();
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.getQualityValue();
            }
        }
        return quality;
    }
}
