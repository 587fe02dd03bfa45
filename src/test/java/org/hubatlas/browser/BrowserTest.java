package org.hubatlas.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser journey against the whole application on a random port (the class names which
 * of the shared test contexts). Without Chromium the journeys are skipped with one line
 * saying how to install it, unless HUBATLAS_REQUIRE_BROWSER=true (CI), where a missing
 * browser fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTest.RequiresChromium.class)
@interface BrowserTest {

	class RequiresChromium implements ExecutionCondition {

		static final String MISSING = "Chromium not found at " + Browser.CHROMIUM + " with " + Browser.CHROMEDRIVER
				+ ". Install with: sudo apt-get install -y chromium chromium-driver fonts-noto-cjk";

		static final String HOW_TO_INSTALL = "Browser tests skipped: " + MISSING;

		private static final AtomicBoolean TOLD = new AtomicBoolean();

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Browser.available()) {
				return ConditionEvaluationResult.enabled("Chromium found");
			}
			if (Boolean.parseBoolean(System.getenv("HUBATLAS_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(
						"HUBATLAS_REQUIRE_BROWSER is set and the browser is missing: " + MISSING);
			}
			if (TOLD.compareAndSet(false, true)) {
				System.out.println(HOW_TO_INSTALL);
			}
			return ConditionEvaluationResult.disabled(HOW_TO_INSTALL);
		}

	}

}
