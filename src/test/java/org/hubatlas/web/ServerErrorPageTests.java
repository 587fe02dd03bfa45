package org.hubatlas.web;

import org.hubatlas.hub.CityProfileService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * A fault on the server shows the 500 page in the site's layout and nothing of the fault
 * itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ServerErrorPageTests {

	@Autowired
	private RestTestClient client;

	@MockitoBean
	private CityProfileService profiles;

	@Test
	void serverFaultShowsThe500PageWithoutInternals() {
		given(this.profiles.profile(anyString())).willThrow(new IllegalStateException("secret connection string"));
		this.client.get()
			.uri("/cities/beijing")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Something went wrong", "Hub Atlas", "href=\"/cities\"")
				.doesNotContain("secret connection string", "IllegalStateException", "at org."));
	}

}
