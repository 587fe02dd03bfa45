package org.hubatlas.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal held in one hand: at 390×844 no public or admin page is wider than the
 * screen, the header is one short row whose menu opens without script, and a comparison
 * shows its first indicator card on the first screen.
 */
@BrowserTest
@EditingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneWidthTests {

	/** The widest element of the page and what it is, for the failure message. */
	private static final String WIDEST = """
			let widest = 0, what = '';
			for (const e of document.querySelectorAll('body *')) {
			  if (e.closest('.visually-hidden, .stack thead')) continue; // clipped to a pixel, for screen readers only
			  const r = e.getBoundingClientRect();
			  if (r.width > 0 && r.height > 0 && r.right > widest) { widest = r.right; what = e.outerHTML.slice(0, 120); }
			}
			return Math.round(widest) + 'px: ' + what;
			""";

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.at(this.port);
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
	}

	@AfterAll
	void wideAgain() {
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) this.browser.driver();
	}

	/** The first link on the page whose address starts so, as a path. */
	private String firstLink(String listPath, String prefix) {
		this.browser.open(listPath);
		Object href = js().executeScript("const a = [...document.querySelectorAll('main a[href]')]"
				+ ".map(a => new URL(a.href).pathname).find(p => p.startsWith(arguments[0]) && p.length > arguments[0].length"
				+ " && !p.endsWith('/new')); return a || null;", prefix);
		assertThat(href).as("%s links to a page under %s", listPath, prefix).isNotNull();
		return (String) href;
	}

	/** Every page that is wider than the screen, with its widest element. */
	private Map<String, String> tooWide(List<String> paths) {
		Map<String, String> tooWide = new LinkedHashMap<>();
		for (String path : paths) {
			this.browser.open(path);
			Number overflow = (Number) js()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			if (overflow.intValue() > 0) {
				tooWide.put(path, (String) js().executeScript(WIDEST));
			}
			// A table that scrolls sideways in its frame hides its last columns: on a
			// phone
			// its rows stack instead.
			Object scrolling = js().executeScript("const t = [...document.querySelectorAll('main .table-wrap')]"
					+ ".find(w => w.scrollWidth > w.clientWidth + 1); return t ? t.querySelector('caption, th')"
					+ "?.textContent.trim().slice(0, 60) || 'a table' : null;");
			if (scrolling != null) {
				tooWide.put(path, "a table scrolls sideways: " + scrolling);
			}
		}
		return tooWide;
	}

	@Test
	void noPublicPageIsWiderThanAPhone() {
		List<String> paths = new ArrayList<>(List.of("/", "/cities", "/cities/beijing", "/cities/shenzhen",
				"/cities/zhongguancun", "/companies", "/universities", "/incentives", "/sources", "/disputes",
				"/indicators", "/indicators/ai-companies", "/indicators/ai-companies-per-million", "/index", "/compare",
				"/compare?cities=shanghai,shenzhen,hangzhou", "/compare?cities=beijing,shanghai,shenzhen,hangzhou",
				"/map", "/search?q=beijing", "/search?q=" + "longword".repeat(12), "/cities/atlantis",
				"/companies?page=x", "/login"));
		paths.add(firstLink("/companies", "/companies/"));
		paths.add(firstLink("/universities", "/universities/"));
		paths.add(firstLink("/incentives", "/incentives/"));
		paths.add(firstLink("/sources", "/sources/"));
		paths.add("/sources/2");
		// A source whose title we wrote, said so beside its heading.
		paths.add("/sources/220");
		assertThat(tooWide(paths)).as("pages wider than 390 px, with their widest element").isEmpty();
	}

	/** A citation's number is a tap target of at least 24 px on a phone. */
	@Test
	void citationNumbersAreTapTargets() {
		for (String path : List.of("/compare?cities=hangzhou,shenzhen", "/cities/guizhou")) {
			this.browser.open(path);
			List<WebElement> notes = this.browser.driver().findElements(By.cssSelector("main a.note"));
			assertThat(notes).as(path).isNotEmpty();
			assertThat(notes).as(path + ": citation numbers smaller than 24 px")
				.allMatch((note) -> !note.isDisplayed()
						|| (note.getRect().getWidth() >= 24 && note.getRect().getHeight() >= 24));
		}
	}

	@Test
	void noAdminListOrEditPageIsWiderThanAPhone() throws IOException {
		this.browser.open("/login");
		if ("/login".equals(this.browser.path())) {
			this.browser.find(By.id("username")).sendKeys(EditingTest.ADMIN);
			this.browser.find(By.id("password")).sendKeys(EditingTest.PASSWORD);
			this.browser.click(By.cssSelector("main button[type=submit]"));
		}
		List<String> paths = new ArrayList<>(
				List.of("/admin", "/admin/imports", "/admin/backup", "/admin/users", "/admin/account"));
		for (String kind : List.of("cities", "companies", "universities", "incentives", "sources", "figures",
				"statements", "indicators", "disputes")) {
			String list = "/admin/" + kind;
			paths.add(list);
			paths.add(list + "/new");
			paths.add(firstLink(list, list + "/"));
		}
		assertThat(tooWide(paths)).as("admin pages wider than 390 px, with their widest element").isEmpty();
		// An edit page with its history, seen and checked by axe at both widths.
		this.browser.open(firstLink("/admin/cities", "/admin/cities/"));
		this.browser.check("admin-hub-edit");
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	void theHeaderIsOneRowWhoseMenuOpensWithoutScriptAndTheFirstComparisonCardIsOnTheFirstScreen() throws IOException {
		Browser b = this.browser;
		b.open("/compare?cities=shanghai,shenzhen,hangzhou");
		WebElement header = b.find(By.cssSelector(".site-header"));
		assertThat(header.getRect().getHeight()).as("header height").isLessThanOrEqualTo(80);
		WebElement menu = b.find(By.cssSelector(".site-menu summary"));
		assertThat(menu.isDisplayed()).isTrue();
		assertThat(menu.getRect().getHeight()).as("the menu button is a tap target").isGreaterThanOrEqualTo(24);
		// A details element: the browser opens it, no script is involved.
		menu.click();
		WebElement compareLink = b.find(By.cssSelector(".site-menu-panel a[href='/compare']"));
		assertThat(compareLink.isDisplayed()).isTrue();
		assertThat(compareLink.getAttribute("aria-current")).isEqualTo("page");
		assertThat(b.find(By.id("menu-q")).isDisplayed()).isTrue();
		menu.click();
		// The picker folds away once a comparison is shown; the first card follows.
		assertThat(b.find(By.id("pick-0")).isDisplayed()).isFalse();
		WebElement firstCard = b.find(By.cssSelector(".compare-table tbody tr[id^='row-']"));
		Number top = (Number) js().executeScript("return arguments[0].getBoundingClientRect().top + window.scrollY;",
				firstCard);
		assertThat(top.intValue()).as("the first card's top on the page").isLessThan(844);
		b.check("phone-compare");
		b.driver().manage().window().setSize(new Dimension(390, 844));
	}

}
