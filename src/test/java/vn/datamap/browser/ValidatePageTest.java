package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.datamap.support.Browser;

/** The dry run for stewards: a file chosen in the browser is checked and the verdict shown. */
@Tag("slow")
class ValidatePageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void brokenCatalogueGetsTwoErrors() {
        upload("validate-broken", "moit-broken.ttl");

        assertThat(browser.find("#validate-verdict").getDomAttribute("class")).as("class of #validate-verdict")
                .contains("problem").doesNotContain("ok");
        List<WebElement> errors = browser.findAll("#validate-report table tbody tr").stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().equals("Lỗi")).toList();
        assertThat(errors).as("rows of errors (Lỗi)").hasSize(2);
        browser.assertNoConsoleErrors();
    }

    @Test
    void goodCatalogueConforms() {
        upload("validate-ok", "moit-catalogue.ttl");

        assertThat(browser.find("#validate-verdict").getDomAttribute("class")).as("class of #validate-verdict")
                .contains("ok").doesNotContain("problem");
        assertThat(browser.findAll("#validate-report table tbody tr").stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().equals("Lỗi")).toList())
                .as("rows of errors").isEmpty();
        browser.assertNoConsoleErrors();
    }

    private static void upload(String name, String fixture) {
        browser.open(name + "-form", "/validate");
        new Select(browser.find("#agency")).selectByValue("moit");
        browser.find("#file").sendKeys(Path.of("src/test/resources/ingest", fixture).toAbsolutePath().toString());
        browser.follow(name, () -> browser.find("#validate-submit").click());
        assertThat(browser.findAll("#validate-report")).as("#validate-report after uploading %s", fixture).hasSize(1);
    }
}
