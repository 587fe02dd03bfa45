package org.hubatlas.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client of the open data API, as another site or a script would be. */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	ApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** An answer: status, headers and the body as JSON (null when it is not JSON). */
	record Answer(int status, HttpResponse<String> response, JsonNode json) {

		String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		String contentType() {
			return header("Content-Type");
		}

	}

	Answer get(String path, String... headers) throws Exception {
		return send(path, "GET", headers);
	}

	Answer send(String path, String method, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String type = response.headers().firstValue("Content-Type").orElse("");
		JsonNode json = (type.contains("json") && !response.body().isEmpty()) ? JSON.readTree(response.body()) : null;
		return new Answer(response.statusCode(), response, json);
	}

	/** Every item of a paged list, following its next links to the end. */
	List<JsonNode> all(String path, Consumer<Answer> eachPage) throws Exception {
		List<JsonNode> items = new ArrayList<>();
		String next = path;
		while (next != null) {
			Answer page = get(next);
			eachPage.accept(page);
			page.json().get("items").forEach(items::add);
			JsonNode link = page.json().get("links").get("next");
			next = (link == null || link.isNull()) ? null : link.asString();
		}
		return items;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
