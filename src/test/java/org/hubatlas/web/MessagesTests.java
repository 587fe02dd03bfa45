package org.hubatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hubatlas.city.CityForm;
import org.hubatlas.company.CompanyForm;
import org.hubatlas.dispute.DisputeForm;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.figure.FigureForm;
import org.hubatlas.figure.IndicatorForm;
import org.hubatlas.incentive.IncentiveForm;
import org.hubatlas.source.SourceForm;
import org.hubatlas.statement.StatementForm;
import org.hubatlas.university.UniversityForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template uses exists in messages.properties, so no page shows
 * "??key??".
 */
class MessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)}");

	/**
	 * A choice's first case serves every number below it, so a count whose first case is
	 * "1#1 hub" says "1 hub" for none: each count in either language starts at 0.
	 */
	@Test
	void everyCountSaysNoneForZero() throws IOException {
		Pattern firstCase = Pattern.compile("\\{\\d+,choice,(-?\\d+)[#<]");
		List<String> startingAboveZero = new ArrayList<>();
		for (String file : List.of("/messages.properties", "/messages_zh.properties")) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream(file)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			messages.forEach((key, text) -> {
				Matcher m = firstCase.matcher((String) text);
				while (m.find()) {
					if (Integer.parseInt(m.group(1)) > 0) {
						startingAboveZero.add(file + ": " + key);
					}
				}
			});
		}
		assertThat(startingAboveZero).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInTemplatesIsDefined() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		List<String> used = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher m = KEY.matcher(Files.readString(template));
				while (m.find()) {
					used.add(m.group(1));
					if (!messages.containsKey(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(missing).isEmpty();
	}

	/**
	 * Every field of every admin form has its label, and every select of constants its
	 * empty choice (the edit page offers one only where its message exists).
	 */
	@Test
	void everyAdminFormFieldHasALabelMessage() throws IOException {
		Properties messages = messages();
		Map<String, Class<? extends AdminForm>> forms = Map.of("city", CityForm.class, "company", CompanyForm.class,
				"university", UniversityForm.class, "incentive", IncentiveForm.class, "source", SourceForm.class,
				"figure", FigureForm.class, "statement", StatementForm.class, "indicator", IndicatorForm.class,
				"dispute", DisputeForm.class);
		List<String> missing = new ArrayList<>();
		forms.forEach((key, form) -> AdminForm.fieldsOf(form)
			.stream()
			.map((field) -> "field." + key + "." + field)
			.filter((message) -> !messages.containsKey(message))
			.forEach(missing::add));
		// A figure's qualifier offers "none" among its constants, so no empty choice.
		forms.forEach((key, form) -> Stream.of(form.getRecordComponents())
			.filter((field) -> field.getType().isEnum())
			.map((field) -> "empty." + key + "." + field.getName())
			.filter((message) -> !message.equals("empty.figure.qualifier") && !messages.containsKey(message))
			.forEach(missing::add));
		assertThat(missing).isEmpty();
	}

	private Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

}
