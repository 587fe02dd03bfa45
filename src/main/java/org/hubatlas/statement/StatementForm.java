package org.hubatlas.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.editing.AdminForm;
import org.hubatlas.subject.Subject;

/**
 * What the admin statement form binds to: a statement, its verbatim quote and its source.
 */
public record StatementForm(
		@Pattern(regexp = Subject.KEY_PATTERN, message = "{valid.chooseWhatTheStatementIs}") String subject,
		@NotBlank(message = "{valid.writeTheStatementInA}") @Size(max = 1000) String paraphrase,
		@NotBlank(message = "{valid.quoteTheWordsOfThe2}") @Size(max = 1000) String quote,
		@Size(max = 200) String speaker, @NotNull(message = "{valid.chooseWhatKindOfStatement}") Nature nature,
		@Size(max = 120) String location, @NotNull(message = "{valid.chooseTheSource}") Long sourceId,
		@Size(max = 1000) String paraphraseZh, Long version) implements AdminForm {

	public static StatementForm from(Statement statement) {
		return new StatementForm(statement.getSubject().key(), statement.getParaphrase(), statement.getQuote(),
				statement.getSpeaker(), statement.getNature(), statement.getLocation(), statement.getSource().getId(),
				statement.getParaphraseZh(), statement.getVersion());
	}

}
