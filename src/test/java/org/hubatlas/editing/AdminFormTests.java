package org.hubatlas.editing;

import java.util.List;
import java.util.stream.Stream;

import org.hubatlas.company.CompanyForm;
import org.hubatlas.company.CompanyKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's values as request parameters: what history stores and the conflict page posts
 * again.
 */
class AdminFormTests {

	@Test
	void parametersFollowTheFieldOrderThenTheVersion() {
		CompanyForm form = AdminForm.empty(CompanyForm.class);
		assertThat(form.params().keySet())
			.containsExactlyElementsOf(Stream.concat(form.fields().stream(), Stream.of("version")).toList());
	}

	@Test
	void constantsByNameListsByElementAndEmptyForNothing() {
		CompanyForm form = new CompanyForm(null, "DeepSeek", null, CompanyKind.STARTUP, null, null, null, null,
				List.of(3L, 5L), null, null, 4L);
		var params = form.params();
		assertThat(params.get("name")).containsExactly("DeepSeek");
		assertThat(params.get("kind")).containsExactly("STARTUP");
		assertThat(params.get("presenceCityIds")).containsExactly("3", "5");
		assertThat(params.get("summary")).isEmpty();
		assertThat(params.get("version")).containsExactly("4");
	}

	@Test
	void anEmptyFormHasNoValuesAndEmptyLists() {
		CompanyForm form = AdminForm.empty(CompanyForm.class);
		assertThat(form.name()).isNull();
		assertThat(form.presenceCityIds()).isEmpty();
		assertThat(form.fields()).startsWith("slug", "name").doesNotContain("version");
	}

}
