package org.hubatlas.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Some requests never reach the application: Tomcat itself refuses an address it cannot
 * decode ("/cities/%zz") or a malformed request line. Their answer is written here
 * instead of by Tomcat's own report, with the same security headers as every page and a
 * short page in the site's style that says what was wrong.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	/**
	 * The headers Spring Security adds to the application's answers, for the ones it
	 * never sees.
	 */
	static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options",
			"DENY", "Referrer-Policy", "strict-origin-when-cross-origin", "Content-Security-Policy",
			"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
					+ "frame-ancestors 'none'",
			"Cache-Control", "no-store");

	@Override
	public int getOrder() {
		// After Spring Boot's own customizer, which installs Tomcat's plain report valve.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			var pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof SiteErrorReportValve)) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new SiteErrorReportValve());
			// Otherwise the host adds Tomcat's own report valve again when it starts.
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
			}
		});
	}

	public static final class SiteErrorReportValve extends ErrorReportValve {

		public SiteErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			SECURITY_HEADERS.forEach((name, value) -> {
				if (!response.containsHeader(name)) {
					response.setHeader(name, value);
				}
			});
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("utf-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status, language(request)));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone; there is nobody left to tell.
			}
		}

		/**
		 * The site's error page in the reader's language, its words from the messages
		 * files: the application's message source is out of reach here.
		 */
		private static String page(int status, SiteLanguage language) {
			ResourceBundle words = ResourceBundle.getBundle("messages", language.locale(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			String title = words.containsKey("error." + status + ".title")
					? words.getString("error." + status + ".title") : words.getString("error.title");
			String lead = words.getString((status == 400) ? "error.unreadableAddress" : "error.lead");
			return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>" + title
					+ " · Hub Atlas</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
					+ "<header class=\"site-header\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">"
					+ "<span class=\"brand-mark\" aria-hidden=\"true\">HA</span><span>Hub Atlas</span></a></div>"
					+ "</header><main id=\"main\" class=\"wrap error-page\"><p class=\"error-code\">" + status
					+ "</p><h1>" + title + "</h1><p class=\"lead\">" + lead + "</p><p>" + words.getString("error.next")
					+ "</p></main></body></html>";
		}

		/** The reader's language, where the request got as far as its headers. */
		private static SiteLanguage language(Request request) {
			try {
				return SiteLanguage.of(request);
			}
			catch (RuntimeException ex) {
				return SiteLanguage.ENGLISH;
			}
		}

	}

}
