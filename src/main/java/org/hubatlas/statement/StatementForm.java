package org.hubatlas.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.editing.AdminForm;
import org.hubatlas.subject.Subject;

/**
 * What the admin statement form binds to: a statement, its verbatim quote and its source.
 */
public class StatementForm implements AdminForm {

	static final List<String> FIELDS = List.of("subject", "paraphrase", "quote", "speaker", "nature", "location",
			"sourceId");

	@Pattern(regexp = Subject.KEY_PATTERN, message = "Choose what the statement is about from the list.")
	private String subject;

	@NotBlank(message = "Write the statement in a sentence.")
	@Size(max = 1000, message = "At most 1,000 characters.")
	private String paraphrase;

	@NotBlank(message = "Quote the words of the source the statement rests on.")
	@Size(max = 1000, message = "At most 1,000 characters.")
	private String quote;

	@Size(max = 200, message = "At most 200 characters.")
	private String speaker;

	@NotNull(message = "Choose what kind of statement it is.")
	private Nature nature;

	@Size(max = 120, message = "At most 120 characters.")
	private String location;

	@NotNull(message = "Choose the source.")
	private Long sourceId;

	private Long version;

	public static StatementForm from(Statement statement) {
		StatementForm form = new StatementForm();
		form.subject = statement.getSubject().key();
		form.paraphrase = statement.getParaphrase();
		form.quote = statement.getQuote();
		form.speaker = statement.getSpeaker();
		form.nature = statement.getNature();
		form.location = statement.getLocation();
		form.sourceId = statement.getSource().getId();
		form.version = statement.getVersion();
		return form;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getParaphrase() {
		return this.paraphrase;
	}

	public void setParaphrase(String paraphrase) {
		this.paraphrase = paraphrase;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public void setSpeaker(String speaker) {
		this.speaker = speaker;
	}

	public Nature getNature() {
		return this.nature;
	}

	public void setNature(Nature nature) {
		this.nature = nature;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

}
