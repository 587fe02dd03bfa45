package org.hubatlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI 3.1 document describes every endpoint of the API (read from the
 * application's own request mappings, so a new endpoint without a description fails
 * here), every list's paging, and real answers match the schemas it gives them: no field
 * the document does not name, no field of the wrong type.
 */
@SiteTest
class OpenApiDocumentTests {

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private ApiClient api;

	private JsonNode document;

	@BeforeEach
	void load() throws Exception {
		this.api = new ApiClient(this.port);
		ApiClient.Answer answer = this.api.get("/v3/api-docs");
		assertThat(answer.status()).isEqualTo(200);
		this.document = answer.json();
	}

	@Test
	void theDocumentIsOpenApi31AndListsEveryEndpoint() {
		assertThat(this.document.get("openapi").asString()).startsWith("3.1");
		assertThat(this.document.get("servers").get(0).get("url").asString()).as("never the request's host")
			.isEqualTo("/");
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues()
				.stream()
				.filter((p) -> p.startsWith("/api/"))
				.forEach(served::add));
		Set<String> documented = new TreeSet<>(this.document.get("paths").propertyNames());
		assertThat(served).hasSizeGreaterThanOrEqualTo(19);
		assertThat(documented).isEqualTo(served);
		for (String path : documented) {
			JsonNode get = this.document.get("paths").get(path).get("get");
			assertThat(get).as(path).isNotNull();
			assertThat(get.get("summary").asString()).as(path).isNotBlank();
			assertThat(get.get("responses").has("200")).as(path).isTrue();
			assertThat(get.get("responses").has("400")).as(path + " documents its problem answers").isTrue();
		}
	}

	@Test
	void everyListDocumentsItsPagingAndLinkHeader() {
		List<String> lists = new ArrayList<>();
		this.document.get("paths").properties().forEach((entry) -> {
			JsonNode get = entry.getValue().get("get");
			JsonNode ok = get.get("responses").get("200").get("content").get("application/json").get("schema");
			if (ok.has("$ref") && ok.get("$ref").asString().startsWith("#/components/schemas/ApiList")) {
				lists.add(entry.getKey());
				List<String> parameters = get.get("parameters").findValuesAsString("name");
				assertThat(parameters).as(entry.getKey()).contains("page");
				if (!entry.getKey().startsWith("/api/search/")) {
					assertThat(parameters).as(entry.getKey()).contains("size");
				}
				assertThat(get.get("responses").get("200").get("headers").has("Link")).as(entry.getKey()).isTrue();
			}
		});
		assertThat(lists).containsAll(OpenDataApiTests.LISTS).contains("/api/search/{type}");
	}

	@Test
	void realAnswersMatchTheirSchemas() throws Exception {
		check("/api/hubs?size=5", "/api/hubs");
		check("/api/hubs/beijing", "/api/hubs/{slug}");
		check("/api/hubs/hangzhou", "/api/hubs/{slug}");
		check("/api/companies?size=30", "/api/companies");
		check("/api/companies/deepseek", "/api/companies/{slug}");
		check("/api/institutions?size=30", "/api/institutions");
		check("/api/incentives?size=30", "/api/incentives");
		check("/api/sources/1", "/api/sources/{id}");
		check("/api/figures?size=100", "/api/figures");
		check("/api/statements?size=100", "/api/statements");
		check("/api/disputes?size=100", "/api/disputes");
		check("/api/indicators/ai-companies", "/api/indicators/{code}");
		check("/api/compare?cities=beijing,hangzhou,guizhou", "/api/compare");
		check("/api/search?q=hangzhou", "/api/search");
		check("/api/search/companies?q=hangzhou", "/api/search/{type}");
		// Errors match the problem schema too.
		ApiClient.Answer problem = this.api.get("/api/companies?size=0");
		List<String> errors = new ArrayList<>();
		validate(problem.json(), schemaOf("/api/companies", "400", "application/problem+json"), "$", errors);
		assertThat(errors).isEmpty();
	}

	/** The validator itself catches an undocumented field and a wrong type. */
	@Test
	void theValidatorCatchesDrift() throws Exception {
		JsonNode hub = this.api.get("/api/hubs/beijing").json();
		JsonNode schema = schemaOf("/api/hubs/{slug}", "200", "application/json");
		((tools.jackson.databind.node.ObjectNode) hub.get("hub")).put("secret", "x");
		((tools.jackson.databind.node.ObjectNode) hub.get("figures").get(0)).put("id", "not a number");
		List<String> errors = new ArrayList<>();
		validate(hub, schema, "$", errors);
		assertThat(errors).anyMatch((e) -> e.contains("$.hub.secret")).anyMatch((e) -> e.contains("$.figures[0].id"));
	}

	private void check(String url, String path) throws Exception {
		ApiClient.Answer answer = this.api.get(url);
		assertThat(answer.status()).as(url).isEqualTo(200);
		List<String> errors = new ArrayList<>();
		validate(answer.json(), schemaOf(path, "200", "application/json"), "$", errors);
		assertThat(errors).as(url).isEmpty();
	}

	private JsonNode schemaOf(String path, String status, String type) {
		return this.document.get("paths")
			.get(path)
			.get("get")
			.get("responses")
			.get(status)
			.get("content")
			.get(type)
			.get("schema");
	}

	private JsonNode resolve(JsonNode schema) {
		while (schema.has("$ref")) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			schema = this.document.get("components").get("schemas").get(name);
		}
		return schema;
	}

	/**
	 * A small JSON Schema check of what the API uses: objects (every field named by the
	 * schema, required ones present), arrays, strings, integers, numbers, booleans, $ref.
	 * A null is accepted where a field is not required (the records' nullable fields).
	 */
	private void validate(JsonNode value, JsonNode schema, String at, List<String> errors) {
		schema = resolve(schema);
		if (value == null || value.isNull()) {
			return;
		}
		Set<String> types = new TreeSet<>();
		JsonNode type = schema.get("type");
		if (type != null) {
			if (type.isArray()) {
				type.forEach((t) -> types.add(t.asString()));
			}
			else {
				types.add(type.asString());
			}
		}
		if (types.contains("object") || schema.has("properties")) {
			if (!value.isObject()) {
				errors.add(at + " should be an object");
				return;
			}
			JsonNode properties = schema.get("properties");
			for (String field : value.propertyNames()) {
				if (properties == null || !properties.has(field)) {
					if (!schema.has("additionalProperties")) {
						errors.add(at + "." + field + " is not in the schema");
					}
					continue;
				}
				validate(value.get(field), properties.get(field), at + "." + field, errors);
			}
			if (schema.has("required")) {
				schema.get("required").forEach((r) -> {
					if (!value.has(r.asString())) {
						errors.add(at + "." + r.asString() + " is required");
					}
				});
			}
			return;
		}
		if (types.contains("array")) {
			if (!value.isArray()) {
				errors.add(at + " should be an array");
				return;
			}
			for (int i = 0; i < value.size(); i++) {
				validate(value.get(i), schema.get("items"), at + "[" + i + "]", errors);
			}
			return;
		}
		if (types.contains("string") && !value.isString()) {
			errors.add(at + " should be a string");
		}
		if (types.contains("integer") && !value.isIntegralNumber()) {
			errors.add(at + " should be an integer");
		}
		if (types.contains("number") && !value.isNumber()) {
			errors.add(at + " should be a number");
		}
		if (types.contains("boolean") && !value.isBoolean()) {
			errors.add(at + " should be true or false");
		}
	}

}
