package org.hubatlas.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

	private static Browser shared;

	private String baseUrl;

	/**
	 * The one Chromium all journeys share (starting one takes seconds), pointed at the
	 * application on this port with no cookies left from an earlier journey. It quits
	 * when the test JVM exits.
	 */
	static synchronized Browser at(int port) throws IOException {
		if (shared == null) {
			shared = new Browser();
			Browser started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException | RuntimeException ex) {
					// The JVM is exiting; a profile folder left in /tmp is harmless.
				}
			}));
		}
		shared.baseUrl = "http://localhost:" + port;
		shared.driver.manage().deleteAllCookies();
		return shared;
	}

	private Browser() throws IOException {
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
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		// axe-core ships in Deque's jar; loading it once into every document beats
		// sending 560 KB per check.
		try (InputStream axe = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", new String(axe.readAllBytes(), StandardCharsets.UTF_8)));
		}
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
		wait15().until((d) -> isGone(page));
		wait15().until(Browser::loaded);
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

	/** Waits up to 15 s, looking every 50 ms: pages here load in milliseconds. */
	private WebDriverWait wait15() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		wait.pollingEvery(Duration.ofMillis(50));
		return wait;
	}

	/**
	 * Clicks a download link and returns the file Chromium saved, once it is complete.
	 */
	Path download(By link) throws IOException {
		Path folder = Files.createTempDirectory(this.profile, "downloads-");
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
		find(link).click();
		wait15().until((d) -> completeFile(folder) != null);
		return completeFile(folder);
	}

	private static Path completeFile(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Prints the page on A4 as the browser would, and counts the pages. */
	int printedA4Pages() {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		byte[] pdf = Base64.getDecoder().decode(this.driver.print(options).getContent());
		Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int count = 0;
		while (pages.find()) {
			count++;
		}
		return count;
	}

	void waitForNavigationFrom(String url) {
		wait15().until((d) -> !d.getCurrentUrl().equals(url) && loaded(d));
	}

	/**
	 * Saves the page at desktop and phone widths and fails on any serious or critical
	 * accessibility violation.
	 */
	void check(String name) throws IOException {
		screenshot(name, 390, 844);
		screenshot(name, 1280, 900);
		Map<String, Object> results = axe();
		assertThat((Number) results.get("passes")).as("axe-core ran its checks on %s", name).isNotEqualTo(0);
		@SuppressWarnings("unchecked")
		List<String> serious = ((List<Map<String, Object>>) results.get("violations")).stream()
			.filter((rule) -> "serious".equals(rule.get("impact")) || "critical".equals(rule.get("impact")))
			.map((rule) -> rule.get("id") + " (" + rule.get("impact") + "): " + rule.get("help") + " at "
					+ rule.get("nodes"))
			.toList();
		assertThat(serious).as("serious or critical accessibility violations on %s", name).isEmpty();
	}

	/**
	 * Runs axe-core (Deque's build, preloaded into every document) on the page with the
	 * WCAG 2.1 A and AA rules and best practices; returns the number of rules passed and
	 * each violation with its impact and first nodes.
	 */
	private Map<String, Object> axe() {
		Object json = this.driver.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
								'best-practice'] }, resultTypes: ['violations'] })
							.then((r) => done(JSON.stringify({ passes: r.passes.length, violations: r.violations.map((v) =>
								({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) })) })))
							.catch((e) => done(JSON.stringify({ error: String(e) })));
						""");
		Map<String, Object> results = JsonMapper.builder().build().readValue((String) json, new TypeReference<>() {
		});
		assertThat(results).doesNotContainKey("error");
		return results;
	}

	private void screenshot(String name, int width, int height) throws IOException {
		this.driver.manage().window().setSize(new Dimension(width, height));
		byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + "-" + width + "x" + height + ".png"), png);
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

}
