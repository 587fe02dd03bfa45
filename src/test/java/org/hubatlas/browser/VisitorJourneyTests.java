package org.hubatlas.browser;

import java.io.IOException;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a visitor does on the public pages, in a real Chromium. */
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

	/** The accessibility check itself must see a violation when there is one. */
	@Test
	void theAccessibilityCheckReportsAViolation() {
		Browser b = this.browser;
		b.driver()
			.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><title>t</title><main><h1>t</h1>"
					+ "<img src='x.png'><input type='text'></main></html>");
		assertThatThrownBy(() -> b.check("axe-self-test")).hasMessageContaining("image-alt");
	}

}
