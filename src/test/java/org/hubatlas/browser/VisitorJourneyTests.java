package org.hubatlas.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a visitor does on the public pages, comparing hubs with the picker included, in a
 * real Chromium with the pages' scripts running.
 */
@BrowserTest
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorJourneyTests {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.at(this.port);
	}

	@Test
	void visitorBrowsesFromHomeToHangzhouAndACompanyAndBack() throws IOException {
		Browser b = this.browser;
		b.open("/");
		assertThat(b.h1()).contains("China’s artificial-intelligence hubs");
		b.check("home");

		b.click(By.linkText("Browse all hubs"));
		assertThat(b.path()).isEqualTo("/cities");
		b.check("directory");

		b.click(By.cssSelector("a[href='/cities/hangzhou']"));
		assertThat(b.path()).isEqualTo("/cities/hangzhou");
		assertThat(b.h1()).contains("Hangzhou").contains("杭州");
		String companies = b.find(By.cssSelector("section[aria-labelledby='companies-heading']")).getText();
		assertThat(companies).contains("DeepSeek", "Alibaba");
		String institutions = b.find(By.cssSelector("section[aria-labelledby='universities-heading']")).getText();
		assertThat(institutions).contains("Zhejiang University");
		b.check("profile-hangzhou");

		b.click(By.cssSelector("section[aria-labelledby='companies-heading'] a[href='/companies/deepseek']"));
		assertThat(b.path()).isEqualTo("/companies/deepseek");
		assertThat(b.h1()).contains("DeepSeek");
		b.check("company-deepseek");

		String before = b.driver().getCurrentUrl();
		b.driver().navigate().back();
		b.waitForNavigationFrom(before);
		assertThat(b.path()).isEqualTo("/cities/hangzhou");
		assertThat(b.h1()).contains("Hangzhou");
	}

	@Test
	void visitorFindsACompanyAUniversityAndAnIncentiveByTypingInEitherLanguage() throws IOException {
		Browser b = this.browser;
		String[][] journeys = { { "DeepSeek", "/companies/deepseek", "DeepSeek" },
				{ "深度求索", "/companies/deepseek", "DeepSeek" },
				{ "浙江大学", "/universities/zhejiang-university", "Zhejiang University" },
				{ "Zhejiang University", "/universities/zhejiang-university", "Zhejiang University" },
				{ "Hangzhou tax", "/incentives/hangzhou-tax-subsidies", "tax incentives" },
				{ "杭州 税收", "/incentives/hangzhou-tax-subsidies", "tax incentives" } };
		for (String[] journey : journeys) {
			b.open("/");
			WebElement box = b.find(By.id("header-q"));
			box.sendKeys(journey[0]);
			String before = b.driver().getCurrentUrl();
			box.submit();
			b.waitForNavigationFrom(before);
			assertThat(b.path()).startsWith("/search?q=");
			assertThat(b.h1()).contains(journey[0]);
			b.click(By.cssSelector("a.hit-title[href='" + journey[1] + "']"));
			assertThat(b.path()).isEqualTo(journey[1]);
			assertThat(b.h1()).contains(journey[2]);
		}
		b.open("/search?q=Hangzhou%20tax%20incentive");
		assertThat(b.find(By.cssSelector("#results-incentives")).getText()).contains("Incentives");
		b.check("search-results");
		b.open("/search");
		b.check("search-empty");
	}

	@Test
	void visitorSwitchesTheWholeSiteToChineseAndBack() throws IOException {
		Browser b = this.browser;
		b.open("/cities/hangzhou");
		assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		b.click(By.cssSelector(".language-switch a"));
		assertThat(b.path()).isEqualTo("/cities/hangzhou");
		assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
		assertThat(b.find(By.cssSelector(".site-nav")).getText()).contains("枢纽", "排名", "对比", "企业");
		assertThat(b.find(By.id("figures-heading")).getText()).isEqualTo("关键数字");
		b.check("profile-hangzhou-zh");

		// The choice is kept from page to page, and search works in Chinese too.
		WebElement box = b.find(By.id("header-q"));
		box.sendKeys("深度求索");
		String before = b.driver().getCurrentUrl();
		box.submit();
		b.waitForNavigationFrom(before);
		assertThat(b.h1()).isEqualTo("“深度求索”的搜索结果");
		b.check("search-zh");
		b.open("/compare?cities=beijing,shanghai,hangzhou");
		assertThat(b.h1()).isEqualTo("对比北京、上海和杭州");
		b.check("compare-zh");

		b.click(By.cssSelector(".language-switch a"));
		assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(b.h1()).isEqualTo("Compare Beijing, Shanghai and Hangzhou");
	}

	@Test
	void visitorFollowsAKeyFigureToItsSource() throws IOException {
		Browser b = this.browser;
		b.open("/cities/beijing");
		b.check("profile-beijing");
		WebElement figure = b.findAll(By.cssSelector(".figure"))
			.stream()
			.filter((f) -> f.getText().contains("over 2,400"))
			.findFirst()
			.orElseThrow();
		// The seed's "Registered AI companies" counts what AI companies counts (the
		// comparables pack moved it); the headline is the number, the words stay beside.
		assertThat(figure.getText()).contains("AI companies", "more than 2,400 companies", "As written: over 2,400",
				"registered AI companies.");
		String before = b.driver().getCurrentUrl();
		figure.findElement(By.cssSelector(".cite a[href^='/sources/']")).click();
		b.waitForNavigationFrom(before);
		assertThat(b.path()).matches("/sources/\\d+");
		assertThat(b.h1()).contains("Competition in China's AI sector heightens");
		assertThat(b.find(By.tagName("main")).getText()).contains("over 2,400");
		b.check("source-seed-003");
	}

	@Test
	void visitorOnAWrongAddressGetsThe404PageWithWorkingNavigation() throws IOException {
		Browser b = this.browser;
		b.open("/cities/atlantis");
		assertThat(b.h1()).isEqualTo("Page not found");
		assertThat(b.find(By.tagName("main")).getText()).contains("There is no hub called “atlantis”");
		b.check("error-404");
		b.click(By.cssSelector(".site-nav a[href='/companies']"));
		assertThat(b.path()).isEqualTo("/companies");
		assertThat(b.h1()).isEqualTo("Companies");
		b.check("companies");
	}

	@Test
	void everyOtherPublicPageIsReadableAndAccessible() throws IOException {
		Browser b = this.browser;
		for (String[] page : new String[][] { { "/cities/shenzhen", "profile-shenzhen" },
				{ "/cities/zhongguancun", "profile-zhongguancun" }, { "/universities", "universities" },
				{ "/universities/zhejiang-university", "university-zhejiang" }, { "/incentives", "incentives" },
				{ "/incentives/beijing-ai-park", "incentive-beijing-ai-park" }, { "/sources", "sources" },
				{ "/companies/liulishuo", "company-liulishuo" }, { "/disputes", "disputes" },
				{ "/map?size=ai-companies", "map" }, { "/indicators", "rankings" },
				{ "/indicators/ai-companies", "ranking-ai-companies" }, { "/cities/hefei", "profile-hefei" },
				{ "/cities?sort=bogus", "error-400" } }) {
			b.open(page[0]);
			assertThat(b.findAll(By.tagName("h1"))).hasSize(1);
			b.check(page[1]);
		}
	}

	/**
	 * The map at a desktop and a phone width, in English and in Chinese, checked from the
	 * drawn geometry: every hub has a visible label, no two labels overlap, each label is
	 * a tap target of at least 24 px, and no hub's dot is wholly covered by another's.
	 */
	@Test
	void visitorReadsEveryHubsNameOnTheMapAtEveryWidthInEitherLanguage() throws IOException {
		Browser b = this.browser;
		for (String language : new String[] { "en", "zh-Hans" }) {
			b.open("/language?to=" + language + "&back=/map");
			for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
				b.driver().manage().window().setSize(new Dimension(size[0], size[1]));
				b.open("/map?size=ai-companies");
				assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
				int hubs = b.findAll(By.cssSelector("table tbody tr")).size();
				@SuppressWarnings("unchecked")
				Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) b.driver())
					.executeScript(MAP_GEOMETRY);
				String at = language + " at " + size[0] + " px";
				assertThat((List<?>) found.get("labels")).as("a label per hub %s", at).hasSize(hubs);
				assertThat((List<?>) found.get("invisible")).as("labels not drawn %s", at).isEmpty();
				assertThat((List<?>) found.get("overlapping")).as("labels overlapping %s", at).isEmpty();
				assertThat((List<?>) found.get("small")).as("tap targets under 24 px %s", at).isEmpty();
				assertThat((List<?>) found.get("hidden")).as("dots wholly covered %s", at).isEmpty();
			}
			b.check("map-labels-" + language);
		}
		assertThat(b.findAll(By.cssSelector(".hub-map text.label")).stream().map(WebElement::getText)).contains("上海",
				"广东", "内蒙古");
		b.open("/language?to=en&back=/map");
		assertThat(b.findAll(By.cssSelector(".hub-map text.label")).stream().map(WebElement::getText))
			.contains("Shanghai", "Guangdong", "Inner Mongolia");
		// On a wide screen the list of hubs stands beside the map, not under an empty
		// half.
		b.driver().manage().window().setSize(new Dimension(1280, 900));
		b.open("/map");
		Rectangle map = b.find(By.cssSelector(".hub-map svg")).getRect();
		Rectangle list = b.find(By.cssSelector(".table-wrap")).getRect();
		assertThat(list.getX()).as("the list's left edge, right of the map").isGreaterThan(map.getX() + map.getWidth());
		assertThat(list.getY()).as("the list's top, beside the map").isLessThan(map.getY() + map.getHeight() / 2);
	}

	/**
	 * Measures the map as drawn: each hub link's label box in screen pixels, which labels
	 * are not drawn, which pairs overlap, which tap targets are under 24 px, and which
	 * dots no point of which reaches the screen (every sampled point answers another
	 * element).
	 */
	private static final String MAP_GEOMETRY = """
			const svg = document.querySelector('.hub-map svg');
			svg.scrollIntoView({ block: 'start' });
			const links = [...svg.querySelectorAll('a.hub')];
			const labels = [], invisible = [], overlapping = [], small = [], hidden = [];
			const boxes = links.map((a) => {
			  const text = a.querySelector('text.label');
			  const r = text.getBoundingClientRect();
			  const name = text.textContent.trim();
			  labels.push(name);
			  if (!name || r.width < 1 || r.height < 1 || getComputedStyle(text).visibility !== 'visible') invisible.push(name);
			  const target = a.getBoundingClientRect();
			  if (target.width < 24 || target.height < 24) small.push(name);
			  return { name, r };
			});
			for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
			  const a = boxes[i].r, c = boxes[j].r;
			  if (a.left < c.right - 0.5 && c.left < a.right - 0.5 && a.top < c.bottom - 0.5 && c.top < a.bottom - 0.5)
			    overlapping.push(boxes[i].name + ' / ' + boxes[j].name);
			}
			for (const a of links) {
			  const dot = a.querySelector('circle.dot, circle.ring');
			  const r = dot.getBoundingClientRect();
			  const cx = r.left + r.width / 2, cy = r.top + r.height / 2, rad = r.width / 2;
			  const ring = dot.classList.contains('ring');
			  const points = [[cx, cy]];
			  for (let k = 0; k < 16; k++) {
			    const t = k * Math.PI / 8;
			    for (const f of ring ? [0.97] : [0.4, 0.8]) points.push([cx + Math.cos(t) * rad * f, cy + Math.sin(t) * rad * f]);
			  }
			  if (!points.some(([x, y]) => { const e = document.elementFromPoint(x, y); return e && e.closest('a') === a; }))
			    hidden.push(a.querySelector('text.label').textContent.trim());
			}
			return { labels, invisible, overlapping, small, hidden };
			""";

	/** The accessibility check itself must see a violation when there is one. */
	@Test
	void theAccessibilityCheckReportsAViolation() {
		Browser b = this.browser;
		b.driver()
			.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><title>t</title><main><h1>t</h1>"
					+ "<img src='x.png'><input type='text'></main></html>");
		assertThatThrownBy(() -> b.check("axe-self-test")).hasMessageContaining("image-alt");
	}

	// Comparing hubs with the picker, in a real Chromium with the page's script running.

	@Test
	void visitorDownloadsTheComparisonWithChineseNamesIntactAndPrintsItOnFewPages() throws IOException {
		Browser b = this.browser;
		b.open("/compare?cities=beijing,shanghai,hangzhou");
		Path file = b.download(By.cssSelector("a[href^='/compare.csv']"));
		assertThat(file.getFileName().toString()).isEqualTo("hub-atlas-compare-beijing-shanghai-hangzhou.csv");
		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).contains(",Beijing,北京,", ",Shanghai,上海,", ",Hangzhou,杭州,");
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Value as written", "Source", "As of (year)");
		// Before the print stylesheet, this comparison took 12 A4 pages (with 14 figure
		// rows; the comparable figures brought 26).
		assertThat(b.printedA4Pages()).isBetween(1, 9);
		assertThat(b.find(By.cssSelector("[data-copy-link]")).isDisplayed()).as("copy link offered").isTrue();
	}

	@Test
	void visitorComparesSwapsAndAddsAThirdHubWithTheUrlFollowing() throws IOException {
		Browser b = this.browser;
		b.open("/compare");
		b.check("compare-picker");
		assertThat(b.find(By.id("pick-2")).isDisplayed()).as("optional picks start hidden").isFalse();

		new Select(b.find(By.id("pick-0"))).selectByValue("beijing");
		new Select(b.find(By.id("pick-1"))).selectByValue("hangzhou");
		b.click(By.cssSelector("#picker button[type=submit]"));
		assertThat(b.path()).isEqualTo("/compare?cities=beijing,hangzhou");
		assertThat(b.h1()).isEqualTo("Compare Beijing and Hangzhou");
		b.check("compare-beijing-hangzhou");

		b.click(By.id("swap"));
		assertThat(b.path()).isEqualTo("/compare?cities=hangzhou,beijing");
		assertThat(b.h1()).isEqualTo("Compare Hangzhou and Beijing");

		// Once a comparison shows, the picker is folded under one line; it opens on a
		// click.
		assertThat(b.find(By.id("add-hub")).isDisplayed()).isFalse();
		b.find(By.cssSelector(".picker-fold > summary")).click();
		b.find(By.id("add-hub")).click();
		new Select(b.find(By.id("pick-2"))).selectByValue("shanghai");
		b.click(By.cssSelector("#picker button[type=submit]"));
		assertThat(b.path()).isEqualTo("/compare?cities=hangzhou,beijing,shanghai");
		assertThat(b.h1()).isEqualTo("Compare Hangzhou, Beijing and Shanghai");
		assertThat(b.find(By.cssSelector(".compare-table")).getText()).contains("no data", "more than 2,400 companies",
				"≥ 100 EFLOPS");
		b.check("compare-three");
	}

	@Test
	void visitorComparesFromAProfile() throws IOException {
		Browser b = this.browser;
		b.open("/cities/shanghai");
		new Select(b.find(By.id("compare-with"))).selectByValue("guizhou");
		b.click(By.cssSelector(".compare-with button"));
		assertThat(b.path()).isEqualTo("/compare?cities=shanghai,guizhou");
		assertThat(b.find(By.cssSelector(".compare-table")).getText())
			.contains("Not ranked: a target or a forecast, not a reported value");
		b.check("compare-shanghai-guizhou");
	}

	@Test
	void visitorAskingForOneHubGetsThePickerWithAnExplanation() throws IOException {
		Browser b = this.browser;
		b.open("/compare?cities=beijing");
		assertThat(b.find(By.cssSelector("[role=alert]")).getText()).contains("at least 2");
		assertThat(new Select(b.find(By.id("pick-0"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("beijing");
		b.check("compare-error-400");
	}

	/**
	 * At a desktop's width the directory shows every column in either language: Chinese
	 * headings kept whole once made it scroll sideways in its frame, hiding the last.
	 */
	@Test
	void atDesktopWidthTheHubDirectoryShowsEveryColumnInEitherLanguage() {
		Browser b = this.browser;
		try {
			for (String lang : List.of("en", "zh-Hans")) {
				b.open("/cities?lang=" + lang);
				Number hidden = (Number) ((JavascriptExecutor) b.driver()).executeScript(
						"const w = document.querySelector('main .table-wrap'); return w.scrollWidth - w.clientWidth;");
				assertThat(hidden.intValue()).as("pixels of the %s directory out of its frame", lang)
					.isLessThanOrEqualTo(1);
			}
		}
		finally {
			b.open("/?lang=en");
		}
	}

	@Test
	void onAPhoneEachIndicatorIsACardWithEveryHubsValueAndNothingScrollsSideways() {
		Browser b = this.browser;
		b.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			b.open("/compare?cities=beijing,shanghai,shenzhen,hangzhou");
			JavascriptExecutor js = (JavascriptExecutor) b.driver();
			String widest = (String) js.executeScript("""
					let widest = 0, what = '';
					for (const e of document.querySelectorAll('main *')) {
					  if (e.closest('thead, .visually-hidden')) continue; // clipped to a pixel, for screen readers only
					  const r = e.getBoundingClientRect();
					  if (r.width > 0 && getComputedStyle(e).position !== 'absolute' && r.right > widest) {
					    widest = r.right; what = e.outerHTML.slice(0, 90);
					  }
					}
					return Math.round(widest) + ' ' + what;
					""");
			assertThat(Integer.parseInt(widest.substring(0, widest.indexOf(' '))))
				.as("no element reaches past the screen: %s", widest)
				.isLessThanOrEqualTo(390);
			Number overflow = (Number) js
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			String beyond = (String) js.executeScript(
					"""
							let widest = 0, what = '';
							const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
							const range = document.createRange();
							while (walker.nextNode()) {
							  range.selectNodeContents(walker.currentNode);
							  const r = range.getBoundingClientRect();
							  if (r.right > widest) { widest = r.right; what = walker.currentNode.parentElement.outerHTML.slice(0, 160); }
							}
							return Math.round(widest) + ' ' + what + ' / scroll ' + document.documentElement.scrollWidth
							  + ' client ' + document.documentElement.clientWidth + ' inner ' + window.innerWidth;
							""");
			assertThat(overflow.intValue()).as("the page does not scroll sideways: %s", beyond).isZero();
			// Every indicator's card shows each compared hub, named, with its value (or
			// "no data").
			@SuppressWarnings("unchecked")
			List<String> cards = (List<String>) js.executeScript(
					"""
							return [...document.querySelectorAll('.compare-table tbody tr[id^="row-"]')].map(r => [...r.querySelectorAll('td')]
							  .filter(td => td.offsetWidth > 0 && td.innerText.trim().length > 0).map(td => td.dataset.label).join(', '));
							""");
			assertThat(cards).isNotEmpty()
				.allSatisfy((card) -> assertThat(card).contains("Beijing", "Shanghai", "Shenzhen", "Hangzhou"));
		}
		finally {
			b.driver().manage().window().setSize(new Dimension(1280, 900));
		}
	}

}
