package org.hubatlas.web;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a load balancer asks, and nothing else of actuator in public. */
@SiteTest
class HealthTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void healthLivenessAndReadinessAnswerWithoutDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("\"status\":\"UP\"")))
				.andExpect(content().string(not(containsString("\"components\""))));
		}
	}

	@Test
	void nothingElseOfActuatorIsExposed() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/heapdump", "/actuator/health/db" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

}
