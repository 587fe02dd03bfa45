package org.hubatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven headless through its own chromedriver, given by path so that
 * Selenium never downloads a browser or driver. Every page a journey visits is
 * screenshotted at 1280×900 and 390×844 and checked with axe-core.
 */
final class Browser implements AutoCloseable {

	/**
	 * Debian's paths; HUBATLAS_CHROMIUM and HUBATLAS_CHROMEDRIVER point elsewhere on
	 * other systems.
	 */
	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HUBATLAS_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("HUBATLAS_CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	Browser(int port) throws IOException {
		this.baseUrl = "http://localhost:" + port;
		this.profile = Files.createTempDirectory("hubatlas-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
				"--user-data-dir=" + this.profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	/**
	 * Whether this machine has the browser; CI sets HUBATLAS_REQUIRE_BROWSER so that a
	 * missing one fails.
	 */
	static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	String path() {
		String url = this.driver.getCurrentUrl();
		return url.substring(this.baseUrl.length());
	}

	WebElement find(By by) {
		return this.driver.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	String h1() {
		return find(By.tagName("h1")).getText();
	}

	/**
	 * Clicks and waits for the next page, even when it has the same address
	 * (POST-redirect-GET to itself).
	 */
	void click(By by) {
		WebElement page = find(By.tagName("html"));
		find(by).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((d) -> isGone(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(Browser::loaded);
	}

	/**
	 * Whether the old page's root is gone. While Chromium swaps documents it may answer
	 * "node does not belong to the document" instead of the stale-element error, which
	 * means the same.
	 */
	private static boolean isGone(WebElement oldRoot) {
		try {
			oldRoot.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	/**
	 * Whether the current document has loaded; false while Chromium is between documents.
	 */
	private static boolean loaded(WebDriver driver) {
		try {
			return "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState"));
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

	void waitForNavigationFrom(String url) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((d) -> !d.getCurrentUrl().equals(url) && loaded(d));
	}

	/**
	 * Saves the page at desktop and phone widths and fails on any serious or critical
	 * accessibility violation.
	 */
	void check(String name) throws IOException {
		screenshot(name, 1280, 900);
		screenshot(name, 390, 844);
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		Results results = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze(this.driver);
		assertThat(results.getPasses()).as("axe-core ran its checks on %s", name).isNotEmpty();
		List<String> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(serious).as("serious or critical accessibility violations on %s", name).isEmpty();
	}

	private void screenshot(String name, int width, int height) throws IOException {
		this.driver.manage().window().setSize(new Dimension(width, height));
		byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + "-" + width + "x" + height + ".png"), png);
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().limit(3).map((n) -> String.valueOf(n.getTarget())).toList();
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

}
