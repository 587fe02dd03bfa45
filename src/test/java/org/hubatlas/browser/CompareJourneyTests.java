package org.hubatlas.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing hubs with the picker, in a real Chromium with the page's script running. */
@BrowserTest
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareJourneyTests {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.at(this.port);
	}

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

		b.find(By.id("add-hub")).click();
		new Select(b.find(By.id("pick-2"))).selectByValue("shanghai");
		b.click(By.cssSelector("#picker button[type=submit]"));
		assertThat(b.path()).isEqualTo("/compare?cities=hangzhou,beijing,shanghai");
		assertThat(b.h1()).isEqualTo("Compare Hangzhou, Beijing and Shanghai");
		assertThat(b.find(By.cssSelector(".compare-table")).getText()).contains("no data", "more than 2,400 companies",
				"≥ 100 exaflops");
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
			.contains("Not ranked: a target, not a reported value");
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

	@Test
	void onAPhoneTheRowOfHubNamesStaysInViewWhileTheTableScrolls() {
		Browser b = this.browser;
		b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			b.open("/compare?cities=beijing,shanghai,shenzhen,hangzhou");
			JavascriptExecutor js = (JavascriptExecutor) b.driver();
			Number offset = (Number) js.executeScript("""
					const frame = document.querySelector('.compare-table');
					frame.scrollTop = 600;
					const header = frame.querySelector('thead th');
					return header.getBoundingClientRect().top - frame.getBoundingClientRect().top;
					""");
			Number scrolled = (Number) js.executeScript("return document.querySelector('.compare-table').scrollTop;");
			assertThat(scrolled.doubleValue()).as("the table scrolls inside its frame").isGreaterThan(100);
			assertThat(offset.doubleValue()).as("the hub names stay at the top of the frame").isBetween(-1.0, 1.0);
		}
		finally {
			b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

}
