package org.hubatlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that knows only the API's address rebuilds the whole dataset by paging through
 * every list, and what it rebuilds is what the database holds: every hub, company,
 * institution, incentive, source, figure, statement and dispute, with the ties between
 * them.
 */
@SiteTest
class DatasetFromApiTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private static final String ABOUT = """
			case when x.city_id is not null then 'hub:' || (select slug from city where id = x.city_id)
			     when x.company_id is not null then 'company:' || (select slug from company where id = x.company_id)
			     when x.university_id is not null then 'institution:' || (select slug from university where id = x.university_id)
			     when x.incentive_id is not null then 'incentive:' || (select slug from incentive where id = x.incentive_id)
			     else 'national:' end""";

	@Test
	void everyRecordAndTieComesBackFromTheApiAlone() throws Exception {
		ApiClient api = new ApiClient(this.port);
		List<Integer> pageSizes = new ArrayList<>();

		Map<String, String> hubs = new TreeMap<>();
		for (JsonNode h : api.all("/api/hubs?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			hubs.put(h.get("slug").asString(), row(text(h, "name"), text(h, "nameZh"), text(h, "level"),
					(h.get("parent").isNull()) ? null : text(h.get("parent"), "slug")));
		}
		assertThat(hubs).isEqualTo(rows("""
				select c.slug, c.name, c.name_zh, lower(replace(c.level, '_', '-')), p.slug
				from city c left join city p on p.id = c.parent_id"""));

		Map<String, String> companies = new TreeMap<>();
		for (JsonNode c : api.all("/api/companies?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			TreeSet<String> presentIn = new TreeSet<>();
			c.get("presentIn").forEach((p) -> presentIn.add(text(p.get("hub"), "slug")));
			TreeSet<String> sectors = new TreeSet<>();
			c.get("sectors").forEach((s) -> sectors.add(s.asString()));
			companies.put(c.get("slug").asString(),
					row(text(c, "name"), text(c, "kind"),
							c.get("headquarters").isNull() ? null : text(c.get("headquarters"), "slug"),
							String.join(",", presentIn), String.join(",", sectors)));
		}
		assertThat(companies).isEqualTo(rows("""
				select c.slug, c.name, lower(replace(c.kind, '_', '-')), h.slug,
				  coalesce((select listagg(pc.slug, ',') within group (order by pc.slug) from company_presence p
				    join city pc on pc.id = p.city_id where p.company_id = c.id), ''),
				  coalesce((select listagg(s.sector, ',') within group (order by s.sector) from company_sector s
				    where s.company_id = c.id), '')
				from company c left join city h on h.id = c.hq_city_id"""));

		Map<String, String> institutions = new TreeMap<>();
		for (JsonNode u : api.all("/api/institutions?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			institutions.put(u.get("slug").asString(),
					row(text(u, "name"), text(u, "kind"), u.get("hub").isNull() ? null : text(u.get("hub"), "slug")));
		}
		assertThat(institutions).isEqualTo(rows("""
				select u.slug, u.name, lower(replace(u.kind, '_', '-')), c.slug
				from university u left join city c on c.id = u.city_id"""));

		Map<String, String> incentives = new TreeMap<>();
		for (JsonNode i : api.all("/api/incentives?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			TreeSet<String> places = new TreeSet<>();
			i.get("hubs").forEach((h) -> places.add(text(h, "slug")));
			incentives.put(i.get("slug").asString(),
					row(text(i, "title"), text(i, "amountAsWritten"), String.join(",", places)));
		}
		assertThat(incentives).isEqualTo(rows("""
				select i.slug, i.title, i.amount_as_written,
				  coalesce((select listagg(c.slug, ',') within group (order by c.slug) from incentive_city ic
				    join city c on c.id = ic.city_id where ic.incentive_id = i.id), '')
				from incentive i"""));

		Map<String, String> sources = new TreeMap<>();
		for (JsonNode s : api.all("/api/sources?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			sources.put(s.get("id").asString(), row(text(s, "title"), text(s, "publisher"), text(s, "url")));
		}
		assertThat(sources).isEqualTo(rows("select cast(id as varchar), title, publisher, url from source"));

		Map<String, String> figures = new TreeMap<>();
		for (JsonNode f : api.all("/api/figures?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			JsonNode about = f.get("about");
			figures.put(f.get("id").asString(),
					row(text(about, "kind") + ":" + ((about.get("slug").isNull()) ? "" : text(about, "slug")),
							text(f.get("indicator"), "code"), text(f, "valueAsWritten"), text(f, "qualifier"),
							text(f, "asOfYear"), text(f, "targetYear"), text(f, "quote"), text(f.get("source"), "id"),
							String.valueOf(f.get("disputes").size())));
		}
		assertThat(figures).isEqualTo(rows("select cast(x.id as varchar), " + ABOUT + """
				, i.code, x.value_as_written, lower(replace(x.qualifier, '_', '-')),
				  cast(x.as_of_year as varchar), cast(x.target_year as varchar), x.quote,
				  cast(x.source_id as varchar),
				  cast((select count(distinct l.dispute_id) from dispute_link l where l.figure_id = x.id) as varchar)
				from figure x join indicator i on i.id = x.indicator_id"""));

		Map<String, String> statements = new TreeMap<>();
		for (JsonNode s : api.all("/api/statements?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			JsonNode about = s.get("about");
			statements.put(s.get("id").asString(),
					row(text(about, "kind") + ":" + ((about.get("slug").isNull()) ? "" : text(about, "slug")),
							text(s, "quote"), text(s, "paraphrase"), text(s.get("source"), "id")));
		}
		assertThat(statements).isEqualTo(rows("select cast(x.id as varchar), " + ABOUT + """
				, x.quote, x.paraphrase, cast(x.source_id as varchar) from statement x"""));

		Map<String, String> disputes = new TreeMap<>();
		for (JsonNode d : api.all("/api/disputes?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			disputes.put(d.get("slug").asString(),
					row(text(d, "title"), text(d, "severity"),
							d.get("source").isNull() ? null : text(d.get("source"), "id"),
							String.valueOf(d.get("affects").size())));
		}
		assertThat(disputes).isEqualTo(rows("""
				select d.slug, d.title, lower(replace(d.severity, '_', '-')), cast(d.source_id as varchar),
				  cast((select count(*) from dispute_link l where l.dispute_id = d.id) as varchar)
				from dispute d"""));

		// Nothing came in one piece larger than a page.
		assertThat(pageSizes).allMatch((size) -> size <= 50);
		assertThat(figures).as("more than one page of figures").hasSizeGreaterThan(50);
	}

	private static String text(JsonNode node, String field) {
		return ApiClient.text(node, field);
	}

	private static String row(String... values) {
		return String.join(" | ", java.util.Arrays.stream(values).map(String::valueOf).toList());
	}

	/** First column as the key, the others as one row. */
	private Map<String, String> rows(String sql) {
		Map<String, String> rows = new TreeMap<>();
		this.jdbc.query(sql, (rs) -> {
			int columns = rs.getMetaData().getColumnCount();
			String[] values = new String[columns - 1];
			for (int i = 2; i <= columns; i++) {
				values[i - 2] = rs.getString(i);
			}
			rows.put(rs.getString(1), row(values));
		});
		return rows;
	}

}
