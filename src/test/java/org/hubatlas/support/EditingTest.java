package org.hubatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port for tests that change data: they share one
 * context and one database of their own, apart from the read-only tests. Each works on
 * records it creates or names, never on totals, so that the order they run in does not
 * matter. The first admin is {@link #ADMIN} with {@link #PASSWORD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hubatlas.admin.username=" + EditingTest.ADMIN,
				"hubatlas.admin.password=" + EditingTest.PASSWORD, "hubatlas.test-context=editing" })
@AutoConfigureMockMvc
public @interface EditingTest {

	String ADMIN = "chief";

	String PASSWORD = "correct-horse-battery";

}
