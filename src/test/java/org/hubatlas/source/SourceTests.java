package org.hubatlas.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How running text names a source: its outlet without the researchers' notes, and a title
 * they wrote for an untitled page without its parentheses.
 */
class SourceTests {

	private Source published(String title, String publisher) {
		Source source = new Source("s", title, "2025", DatePrecision.YEAR);
		source.edit("s", title, null, publisher, null, null, null, "2025", 2025, DatePrecision.YEAR, null, null, null);
		return source;
	}

	@Test
	void runningTextCitesTheOutletWithoutTheNotesAfterItsName() {
		assertThat(published("t", "广州日报 (mirror on spam site; traditional script)").getOutlet()).isEqualTo("广州日报");
		assertThat(published("t", "Xinhua, on People's Daily Online (en.people.cn)").getOutlet()).isEqualTo("Xinhua");
		assertThat(published("t", "中国新闻社 (mirror: shhzfm.com)").getOutlet()).isEqualTo("中国新闻社");
		assertThat(published("t", "China Daily via gov.cn").getOutlet()).isEqualTo("China Daily");
		assertThat(published("t", "北京市统计局 / 国家统计局北京调查总队").getOutlet()).isEqualTo("北京市统计局 / 国家统计局北京调查总队");
		assertThat(published("t", "SCMP").getOutlet()).isEqualTo("SCMP");
		// A publisher that names no outlet leaves the source to be named by its title.
		assertThat(published("t", "unknown (news repost on aimslx.com)").getOutlet()).isNull();
		assertThat(published("t", "unnamed outlet, citing 广州市统计局").getOutlet()).isNull();
		assertThat(published("t", null).getOutlet()).isNull();
		// A note at the very start is no name to cut at.
		assertThat(published("t", "(untitled outlet)").getOutlet()).isEqualTo("(untitled outlet)");
	}

	@Test
	void aTitleWrittenForAnUntitledPageShowsWithoutItsParentheses() {
		Source described = published("(Shenzhen pilot zone launched)", "深圳特区报");
		assertThat(described.isTitleDescribed()).isTrue();
		assertThat(described.getTitleShown()).isEqualTo("Shenzhen pilot zone launched");
		assertThat(described.getShortTitle()).isEqualTo("Shenzhen pilot zone launched");
		Source titled = published("Where is China’s Silicon Valley?", "SCMP");
		assertThat(titled.isTitleDescribed()).isFalse();
		assertThat(titled.getTitleShown()).isEqualTo("Where is China’s Silicon Valley?");
		assertThat(published("天津市行动计划 (copy)", "x").isTitleDescribed()).isFalse();
	}

}
