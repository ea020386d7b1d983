package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/** Content negotiation picks what RFC 9110 says it should. */
class NegotiationTest {
    private static final List<MediaType> OFFERED = List.of(MediaType.parseMediaType("text/turtle"),
            MediaType.parseMediaType("application/ld+json"), MediaType.TEXT_HTML);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|text/turtle",
        "*/*|text/turtle",
        "application/ld+json|application/ld+json",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html",
        "text/*;q=0.5, application/ld+json;q=0.9|application/ld+json",
        "text/turtle;q=0, */*|application/ld+json",
        "image/png|",
    })
    void choosesTheBestOffer(String accept, String expected) {
        MediaType chosen = Negotiation.choose(accept, OFFERED);
        assertThat(chosen == null ? null : chosen.toString()).isEqualTo(expected);
    }
}
