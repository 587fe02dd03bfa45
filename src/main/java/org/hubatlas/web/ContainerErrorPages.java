package org.hubatlas.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
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
					writer.write(page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone; there is nobody left to tell.
			}
		}

		private static String page(int status) {
			String title = (status == 400) ? "Bad request" : (status == 404) ? "Page not found" : "Request refused";
			String explanation = (status == 400)
					? "The address could not be read: it contains an invalid percent-encoding (a % must be followed by "
							+ "two hexadecimal digits) or characters that are not allowed, or it is longer than the server "
							+ "takes (about 8,000 characters with the request's headers). Check the link or type the "
							+ "address again."
					: "The request could not be answered.";
			return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>" + title
					+ " · Hub Atlas</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
					+ "<header class=\"site-header\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">"
					+ "<span class=\"brand-mark\" aria-hidden=\"true\">HA</span><span>Hub Atlas</span></a></div>"
					+ "</header><main id=\"main\" class=\"wrap\"><h1>" + title + "</h1><p>" + explanation + "</p>"
					+ "<p>Status " + status + ". <a href=\"/\">Go to the home page</a> or "
					+ "<a href=\"/cities\">browse the hubs</a>.</p></main></body></html>";
		}

	}

}
