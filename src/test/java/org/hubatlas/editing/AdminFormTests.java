package org.hubatlas.editing;

import java.util.List;

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
		CompanyForm form = new CompanyForm();
		assertThat(form.params().keySet()).containsExactlyElementsOf(
				java.util.stream.Stream.concat(form.fields().stream(), java.util.stream.Stream.of("version")).toList());
	}

	@Test
	void constantsByNameListsByElementAndEmptyForNothing() {
		CompanyForm form = new CompanyForm();
		form.setName("DeepSeek");
		form.setKind(CompanyKind.STARTUP);
		form.setPresenceCityIds(List.of(3L, 5L));
		form.setVersion(4L);
		var params = form.params();
		assertThat(params.get("name")).containsExactly("DeepSeek");
		assertThat(params.get("kind")).containsExactly("STARTUP");
		assertThat(params.get("presenceCityIds")).containsExactly("3", "5");
		assertThat(params.get("summary")).isEmpty();
		assertThat(params.get("version")).containsExactly("4");
	}

}
