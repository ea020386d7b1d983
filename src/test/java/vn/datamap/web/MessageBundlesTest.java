package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Everything the product says is worded in Vietnamese and in English, with the same blanks to fill. */
class MessageBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void bothLanguagesHaveEveryMessageWithTheSameArguments() throws IOException {
        Properties vi = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (String key : vi.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(arguments(en.getProperty(key))).as("the arguments of " + key).isEqualTo(arguments(vi.getProperty(key)));
        }
    }
}
