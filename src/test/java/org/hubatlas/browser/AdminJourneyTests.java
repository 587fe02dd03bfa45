package org.hubatlas.browser;

import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor keeping the data current, in a real Chromium. */
@BrowserTest
@EditingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminJourneyTests {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.at(this.port);
	}

	/** Whether leaving the page now would ask first: a beforeunload the page cancels. */
	private static boolean leavingAsks(Browser b) {
		return Boolean.TRUE.equals(((JavascriptExecutor) b.driver()).executeScript(
				"var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
	}

	private void type(String id, String text) {
		WebElement field = this.browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void adminSignsInEditsACompanyAndSeesTheChangeOnThePublicPage() throws IOException {
		Browser b = this.browser;
		b.open("/admin/companies");
		assertThat(b.path()).isEqualTo("/login");
		b.check("login");
		type("username", EditingTest.ADMIN);
		type("password", EditingTest.PASSWORD);
		b.click(By.cssSelector("main button[type=submit]"));
		assertThat(b.path()).isEqualTo("/admin/companies");
		b.check("admin-companies");

		type("q", "deep");
		b.click(By.cssSelector("form[role=search] button"));
		b.click(By.linkText("DeepSeek"));
		assertThat(b.h1()).isEqualTo("Edit DeepSeek");
		b.check("admin-company-edit");

		type("summary", "A Hangzhou AI startup, edited in the browser journey.");
		b.click(By.cssSelector("main form.form button[type=submit]"));
		assertThat(b.find(By.cssSelector(".flash")).getText()).isEqualTo("Company \u201cDeepSeek\u201d saved.");
		assertThat(b.find(By.id("history-heading")).isDisplayed()).isTrue();
		b.check("admin-company-saved");

		b.open("/companies/deepseek");
		assertThat(b.find(By.cssSelector("main .lead")).getText())
			.isEqualTo("A Hangzhou AI startup, edited in the browser journey.");

		// Found by its name: records the other editing tests create may fill the list's
		// first page.
		b.open("/admin/companies?q=deepseek");
		b.click(By.linkText("DeepSeek"));
		assertThat(leavingAsks(b)).as("nothing typed yet").isFalse();
		type("name", "");
		type("summary", "Kept although the name is missing.");
		assertThat(leavingAsks(b)).as("leaving with changes not saved asks first").isTrue();
		b.click(By.cssSelector("main form.form button[type=submit]"));
		assertThat(b.find(By.id("name-help")).getText()).contains("Enter the company's name.");
		assertThat(b.find(By.id("summary")).getAttribute("value")).isEqualTo("Kept although the name is missing.");
		assertThat(b.find(By.cssSelector("[role=alert]")).getText()).contains("Nothing was saved.");
		assertThat(leavingAsks(b)).as("a refused save's input is not saved: leaving asks").isTrue();
		// The summary, where the keyboard starts, links to the field to correct.
		WebElement summary = b.driver().switchTo().activeElement();
		assertThat(summary.getAttribute("class")).contains("error-summary");
		assertThat(summary.findElement(By.cssSelector("a[href='#name']")).getText())
			.isEqualTo("Name: Enter the company's name.");
		b.check("admin-company-invalid");

		// The figure form's long list of sources narrows to what is typed above it.
		b.open("/admin/figures/new");
		WebElement narrow = b.find(By.cssSelector("input.select-filter[aria-controls=sourceId]"));
		// Named with its field: the form's narrowing boxes tell themselves apart.
		assertThat(narrow.getAttribute("aria-label")).isEqualTo("Type to narrow the list: Source");
		narrow.sendKeys("SCMP");
		@SuppressWarnings("unchecked")
		List<String> shown = (List<String>) ((JavascriptExecutor) b.driver()).executeScript(
				"return Array.from(document.querySelectorAll('#sourceId option')).filter((o) => !o.hidden && o.value)"
						+ ".map((o) => o.text);");
		int all = b.findAll(By.cssSelector("#sourceId option")).size();
		assertThat(shown).isNotEmpty().hasSizeLessThan(all / 4).allMatch((label) -> label.contains("SCMP"));
		// Choosing an indicator leaves its definitions only.
		WebElement counted = b.find(By.cssSelector("#definitionId optgroup[data-for]"));
		String indicator = counted.getAttribute("data-for");
		new org.openqa.selenium.support.ui.Select(b.find(By.id("indicatorId"))).selectByValue(indicator);
		@SuppressWarnings("unchecked")
		List<String> groupsShown = (List<String>) ((JavascriptExecutor) b.driver()).executeScript(
				"return Array.from(document.querySelectorAll('#definitionId optgroup')).filter((g) => !g.hidden)"
						+ ".map((g) => g.dataset.for);");
		assertThat(groupsShown).containsExactly(indicator);
		b.check("admin-figure-new");

		// What a dispute affects: typing narrows its many checkboxes, and their groups,
		// to
		// those that match.
		b.open("/admin/disputes/new");
		WebElement choices = b.find(By.cssSelector("#affects > input.select-filter"));
		assertThat(choices.getAttribute("aria-label")).isEqualTo("Type to narrow the choices: What it affects");
		choices.sendKeys("Hefei");
		@SuppressWarnings("unchecked")
		List<String> boxesShown = (List<String>) ((JavascriptExecutor) b.driver())
			.executeScript("return Array.from(document.querySelectorAll('#affects label.checkbox'))"
					+ ".filter((l) => l.offsetParent !== null).map((l) => l.textContent.trim());");
		assertThat(boxesShown).contains("Hefei").allMatch((label) -> label.contains("Hefei"));
		assertThat(b.findAll(By.cssSelector("#affects label.checkbox"))).hasSizeGreaterThan(30);
		b.check("admin-dispute-new");

		b.open("/admin");
		assertThat(b.find(By.tagName("main")).getText()).contains("Update company", "DeepSeek", EditingTest.ADMIN);
		b.check("admin-dashboard");

		// The admin area in Chinese: the same form, its labels and its messages, the
		// company named by its Chinese name.
		b.click(By.cssSelector(".language-switch a"));
		b.open("/admin/companies?q=deepseek");
		b.click(By.linkText("深度求索"));
		assertThat(b.h1()).isEqualTo("编辑“深度求索”");
		type("name", "");
		b.click(By.cssSelector("main form.form button[type=submit]"));
		assertThat(b.find(By.id("name-help")).getText()).contains("请输入企业名称。");
		assertThat(b.find(By.cssSelector("[role=alert]")).getText()).contains("没有任何内容被保存。");
		b.check("admin-company-invalid-zh");
		// Leaving the refused form by a click would ask first (its input is not saved):
		// the language goes back from a page without a form.
		b.open("/admin");
		b.click(By.cssSelector(".language-switch a"));
	}

	@Test
	void adminImportsASmallPackThroughTheFormAndSeesItOnAProfile() throws IOException {
		Browser b = this.browser;
		b.open("/admin/imports");
		if (b.path().equals("/login")) {
			type("username", EditingTest.ADMIN);
			type("password", EditingTest.PASSWORD);
			b.click(By.cssSelector("main button[type=submit]"));
		}
		assertThat(b.h1()).isEqualTo("Data packs");
		Path pack = Files.createTempFile("journey-pack-", ".yaml");
		Files.writeString(pack,
				"""
						entries:
						- hub: chengdu
						  indicator: ai_companies
						  value: 654
						  value_as_written: 654 AI companies (journey)
						  unit: companies
						  as_of: '2024'
						  qualifier: actual
						  quote: Chengdu has 654 AI companies, says the journey's page.
						  source: {title: Journey page, publisher: Journey paper, published: '2024-03-04', url: 'https://example.org/journey'}
						""");
		b.find(By.id("file")).sendKeys(pack.toAbsolutePath().toString());
		b.click(By.cssSelector("main form.form button[type=submit]"));
		assertThat(b.find(By.id("preview-heading")).getText()).contains("journey-pack-");
		b.check("admin-import-preview");
		b.click(By.cssSelector("form[action='/admin/imports/apply'] button[type=submit]"));
		assertThat(b.find(By.cssSelector(".flash")).getText()).contains("applied", "2 created");
		b.check("admin-imports");

		b.open("/cities/chengdu");
		assertThat(b.find(By.tagName("main")).getText()).contains("654 AI companies (journey)", "Journey paper");
		Files.delete(pack);
	}

}
