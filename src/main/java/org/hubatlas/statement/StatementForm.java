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

	@Pattern(regexp = Subject.KEY_PATTERN, message = "{valid.chooseWhatTheStatementIs}")
	private String subject;

	@NotBlank(message = "{valid.writeTheStatementInA}")
	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String paraphrase;

	@NotBlank(message = "{valid.quoteTheWordsOfThe2}")
	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String quote;

	@Size(max = 200, message = "{valid.atMost200Characters}")
	private String speaker;

	@NotNull(message = "{valid.chooseWhatKindOfStatement}")
	private Nature nature;

	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String location;

	@NotNull(message = "{valid.chooseTheSource}")
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
