package org.hubatlas.compare;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompareRequestTests {

	@Test
	void keepsTheOrderGiven() {
		assertThat(CompareRequest.parse("hangzhou,beijing").slugs()).containsExactly("hangzhou", "beijing");
	}

	@Test
	void theSameHubTwiceCountsOnce() {
		assertThat(CompareRequest.parse("beijing,hangzhou,beijing").slugs()).containsExactly("beijing", "hangzhou");
	}

	@Test
	void trimsAndLowerCases() {
		assertThat(CompareRequest.parse(" Beijing , HANGZHOU").param()).isEqualTo("beijing,hangzhou");
	}

	@Test
	void oneHubIsTooFew() {
		assertThatThrownBy(() -> CompareRequest.parse("beijing").counted())
			.isInstanceOfSatisfying(ComparisonInputException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.getMessage()).contains("at least 2");
				assertThat(ex.getKeptSlugs()).containsExactly("beijing");
			});
	}

	@Test
	void oneHubTwiceIsTooFew() {
		assertThatThrownBy(() -> CompareRequest.parse("beijing,beijing").counted()).hasMessageContaining("you chose 1");
	}

	@Test
	void fiveHubsAreTooMany() {
		assertThatThrownBy(() -> CompareRequest.parse("a,b,c,d,e").counted()).hasMessageContaining("at most 4");
	}

	@Test
	void blankEmptyEntriesOverLongAndHostileValuesAreRejected() {
		assertThatThrownBy(() -> CompareRequest.parse("  ")).isInstanceOf(ComparisonInputException.class);
		assertThatThrownBy(() -> CompareRequest.parse(null)).isInstanceOf(ComparisonInputException.class);
		assertThatThrownBy(() -> CompareRequest.parse("beijing,,hangzhou")).hasMessageContaining("empty entry");
		assertThatThrownBy(() -> CompareRequest.parse("a".repeat(500))).hasMessageContaining("too long");
		assertThatThrownBy(() -> CompareRequest.parse("beijing,<script>alert(1)</script>"))
			.hasMessageContaining("is not a hub name");
	}

	@Test
	void reversedSwapsTheOrder() {
		assertThat(CompareRequest.parse("beijing,hangzhou,shanghai").reversed().param())
			.isEqualTo("shanghai,hangzhou,beijing");
	}

}
