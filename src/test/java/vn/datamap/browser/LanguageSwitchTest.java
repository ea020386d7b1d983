package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import vn.datamap.support.Browser;

/**
 * The language links: English and back to Vietnamese, and the choice kept (in a cookie) on the
 * next pages the reader opens without asking again.
 */
@Tag("slow")
class LanguageSwitchTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void englishLinkSwitchesThePageAndTheChoiceStaysOnOtherPages() {
        browser.driver().manage().deleteAllCookies();
        browser.open("home-vi", "/");
        assertLanguage("vi", "Danh mục", "Truy vấn có sẵn");

        browser.follow("home-en", () -> browser.find("#lang-en").click());
        assertLanguage("en", "Catalogue", "Ready-made queries");
        assertThat(browser.find("h1").getText()).isEqualTo("Vietnam Data Map");
        Cookie cookie = browser.driver().manage().getCookieNamed("datamap-lang");
        assertThat(cookie).as("cookie keeping the language").isNotNull();
        assertThat(cookie.getValue()).startsWith("en");

        browser.open("sparql-en", "/sparql");
        assertLanguage("en", "Catalogue", "Ready-made queries");
        browser.open("dataset-en", "/dataset/csdl-0088");
        assertLanguage("en", "Catalogue", "Ready-made queries");
        assertThat(browser.find("h1").getText()).as("the database's English title").isEqualTo("Hydro-meteorological database");

        browser.follow("dataset-vi", () -> browser.find("#lang-vi").click());
        assertLanguage("vi", "Danh mục", "Truy vấn có sẵn");
        assertThat(browser.find("h1").getText()).isEqualTo("Cơ sở dữ liệu khí tượng thủy văn");
        browser.open("search-vi", "/search");
        assertLanguage("vi", "Danh mục", "Truy vấn có sẵn");
        browser.assertNoConsoleErrors();
    }

    private static void assertLanguage(String lang, String catalogue, String queries) {
        String where = browser.driver().getCurrentUrl();
        assertThat(browser.find("html").getDomAttribute("lang")).as("html lang of %s", where).isEqualTo(lang);
        assertThat(browser.find("header nav[aria-label=main] a[href='/catalog']").getText()).as("nav of %s", where)
                .isEqualTo(catalogue);
        assertThat(browser.find("header nav[aria-label=main] a[href='/queries']").getText()).as("nav of %s", where)
                .isEqualTo(queries);
        assertThat(browser.find("#lang-" + lang).getDomAttribute("class")).as("active language link on %s", where)
                .contains("active");
    }
}
