package org.hubatlas.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyForm;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.support.EditingTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No lost updates, no broken references, every change in the history, and stored text
 * always escaped.
 */
// These tests change data: they run in the editing context, whose database no test of
// the public pages reads.
@EditingTest
class AdminChangeSafetyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private RecordKinds kinds;

	@Autowired
	private RecordEditor editor;

	private MockHttpServletRequestBuilder as(String admin, MockHttpServletRequestBuilder request) {
		return request.with(user(admin).roles("ADMIN")).with(csrf());
	}

	private long createCompany(String slug, String summary) throws Exception {
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		this.mvc
			.perform(as("editor", post("/admin/companies")).param("name", "Co " + slug)
				.param("slug", slug)
				.param("kind", "STARTUP")
				.param("summary", summary)
				.param("hqCityId", String.valueOf(hangzhou)))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from company where slug = ?", Long.class, slug);
	}

	/** An editor's new hub, an area of its own. */
	private long createHub(String slug, String name) throws Exception {
		this.mvc
			.perform(as("editor", post("/admin/cities")).param("name", name).param("slug", slug).param("level", "AREA"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from city where slug = ?", Long.class, slug);
	}

	/** An editor's save of a company made by createCompany, from its current version. */
	private void saveCompany(long id, String slug, String summary, String foundedYear) throws Exception {
		saveCompany(id, slug, summary, foundedYear,
				this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class));
	}

	/** The same, with its headquarters in the hub with this id. */
	private void saveCompany(long id, String slug, String summary, String foundedYear, long hq) throws Exception {
		MockHttpServletRequestBuilder save = as("editor", post("/admin/companies/" + id)).param("name", "Co " + slug)
			.param("slug", slug)
			.param("kind", "STARTUP")
			.param("summary", summary)
			.param("hqCityId", String.valueOf(hq))
			.param("version", String.valueOf(version("company", id)));
		if (foundedYear != null) {
			save.param("foundedYear", foundedYear);
		}
		this.mvc.perform(save).andExpect(status().is3xxRedirection());
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	@Test
	void aSaveIsOneTransactionAndTheEditPageOneMore() throws Exception {
		long id = createCompany("one-tx-co", "Before");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co one-tx-co")
				.param("slug", "one-tx-co")
				.param("kind", "STARTUP")
				.param("summary", "After")
				.param("version", String.valueOf(version("company", id))))
			.andExpect(redirectedUrl("/admin/companies/" + id));
		assertThat(statistics.getTransactionCount()).isOne();
		statistics.clear();
		this.mvc.perform(as("editor", get("/admin/companies/" + id))).andExpect(status().isOk());
		assertThat(statistics.getTransactionCount()).isOne();
	}

	@Test
	void adminsCreatingTheSameSlugAtOnceGetOneRecordAndFieldMessagesNeverAnError() throws Exception {
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		int admins = 6;
		CyclicBarrier start = new CyclicBarrier(admins);
		ExecutorService pool = Executors.newFixedThreadPool(admins);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < admins; i++) {
				String admin = "racer" + i;
				results.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(as(admin, post("/admin/companies")).param("name", "Race Co")
							.param("slug", "race-co")
							.param("kind", "STARTUP")
							.param("hqCityId", String.valueOf(hangzhou)))
						.andReturn();
				}));
			}
			int created = 0;
			for (Future<MvcResult> result : results) {
				MockHttpServletResponse response = result.get().getResponse();
				if (response.getStatus() == 302) {
					created++;
				}
				else {
					assertThat(response.getStatus()).isEqualTo(200);
					// Its slug, and its name, taken by the one that won: field messages.
					assertThat(response.getContentAsString()).containsAnyOf("Another company already has this slug.",
							"Another company already has this name");
				}
			}
			assertThat(created).isOne();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from company where slug = 'race-co'", Integer.class))
			.isOne();
	}

	@Test
	void secondSaveFromTheSameVersionGetsTheConflictPageAndTheFirstSurvives() throws Exception {
		long id = createCompany("conflict-co", "Original");
		long loaded = version("company", id);

		this.mvc
			.perform(as("alice", post("/admin/companies/" + id)).param("name", "Co conflict-co")
				.param("slug", "conflict-co")
				.param("kind", "STARTUP")
				.param("summary", "Alice's summary")
				.param("version", String.valueOf(loaded)))
			.andExpect(redirectedUrl("/admin/companies/" + id));

		this.mvc
			.perform(as("bob", post("/admin/companies/" + id)).param("name", "Co conflict-co")
				.param("slug", "conflict-co")
				.param("kind", "STARTUP")
				.param("summary", "Bob's summary")
				// What the page loaded, garbled: the input is kept whole.
				.param("loaded", "{not json")
				.param("version", String.valueOf(loaded)))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this company first"),
					containsString("Bob&#39;s summary"), containsString("Alice&#39;s summary"),
					// Both changed the summary: the button says whose input it keeps.
					containsString("Save: your input where you both changed a field, both changes elsewhere"),
					containsString(">Startup</td>"), containsString("name=\"summary\" value=\"Bob&#39;s summary\""),
					containsString("name=\"version\" value=\"" + version("company", id) + "\""))));

		assertThat(this.jdbc.queryForObject("select summary from company where id = ?", String.class, id))
			.isEqualTo("Alice's summary");
	}

	/**
	 * Two admins change different fields of the record loaded at one version: the second
	 * gets the conflict page, whose save keeps both changes; neither is lost.
	 */
	@Test
	void aConflictSavesBothChangesWhenTheyTouchDifferentFields() throws Exception {
		long id = createCompany("both-co", "Original");
		org.jsoup.nodes.Document page = Jsoup
			.parse(this.mvc.perform(get("/admin/companies/" + id).with(user("bob").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString());
		String loaded = page.select("input[name=loaded]").attr("value");
		String hangzhou = String
			.valueOf(this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class));
		long version = version("company", id);
		saveCompany(id, "both-co", "Alice's summary", null);

		org.jsoup.nodes.Document conflict = Jsoup.parse(this.mvc
			.perform(as("bob", post("/admin/companies/" + id)).param("name", "Co both-co")
				.param("slug", "both-co")
				.param("kind", "STARTUP")
				.param("summary", "Original")
				.param("foundedYear", "2019")
				.param("hqCityId", hangzhou)
				.param("loaded", loaded)
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		// The fields that differ stand in the table; those alike on both sides are folded
		// away below it.
		assertThat(conflict.select(".conflict tbody th[scope=row]").eachText())
			.containsExactly("Founded or launched (year)", "Summary");
		assertThat(conflict.select("details.conflict-same summary").text())
			.endsWith("fields are the same on both sides");
		assertThat(conflict.select("details.conflict-same tbody th").eachText()).contains("Name", "Kind")
			.doesNotContain("Summary");
		org.jsoup.nodes.Element keep = conflict.select("main form:has(input[name=loaded])").first();
		assertThat(keep.select("input[name=summary]").attr("value")).isEqualTo("Alice's summary");
		assertThat(keep.select("input[name=foundedYear]").attr("value")).isEqualTo("2019");

		// A malformed choice is named, not read as a number.
		this.mvc.perform(as("bob", post("/admin/companies/" + id)).param("review", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					containsString("The parameter &#39;review&#39; must be &#39;true&#39; or " + "&#39;false&#39;.")));
		// Both changes put in the form to check first: shown, not saved.
		int revisions = this.jdbc.queryForObject("select count(*) from revision", Integer.class);
		MockHttpServletRequestBuilder review = as("bob", post("/admin/companies/" + id)).param("review", "true");
		keep.select("input[type=hidden]").forEach((input) -> review.param(input.attr("name"), input.attr("value")));
		org.jsoup.nodes.Document checking = Jsoup
			.parse(this.mvc.perform(review).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(checking.select(".flash").text()).startsWith("Both changes are in the form below, not yet saved");
		assertThat(checking.select("textarea[name=summary]").text()).isEqualTo("Alice's summary");
		assertThat(checking.select("input[name=foundedYear]").attr("value")).isEqualTo("2019");
		assertThat(this.jdbc.queryForObject("select count(*) from revision", Integer.class)).isEqualTo(revisions);

		// Saved from that form: both changes, over the version saved since.
		MockHttpServletRequestBuilder save = as("bob", post("/admin/companies/" + id));
		checking.select("main form.form input[name], main form.form textarea[name], main form.form select[name]")
			.forEach((field) -> {
				if (field.is("select")) {
					field.select("option[selected]").forEach((o) -> save.param(field.attr("name"), o.attr("value")));
				}
				else if (!field.is("input[type=checkbox]") || field.hasAttr("checked")) {
					save.param(field.attr("name"), field.is("textarea") ? field.text() : field.attr("value"));
				}
			});
		this.mvc.perform(save).andExpect(redirectedUrl("/admin/companies/" + id));
		assertThat(this.jdbc.queryForMap("select summary, founded_year from company where id = ?", id))
			.containsEntry("SUMMARY", "Alice's summary")
			.containsEntry("FOUNDED_YEAR", 2019);
	}

	/**
	 * A save's changes reach the database when it commits: another admin's save that
	 * commits after this one was checked still turns it into the conflict page, and
	 * theirs stands.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aSaveOvertakenBeforeItCommitsGetsTheConflictAndTheOtherSaveStands() throws Exception {
		long id = createCompany("overtaken-co", "Original");
		RecordKind<Company, CompanyForm> companies = this.kinds.byKey("company", RecordKind.class);
		RecordKind<Company, CompanyForm> overtaken = (RecordKind<Company, CompanyForm>) Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { RecordKind.class }, (proxy, method, args) -> {
					if ("write".equals(method.getName())) {
						// Their save, on a connection of its own, commits first.
						CompletableFuture
							.runAsync(() -> this.jdbc.update(
									"update company set summary = 'Theirs', version = version + 1 where id = ?", id))
							.join();
					}
					return method.invoke(companies, args);
				});
		CompanyForm loaded = companies.toForm(companies.find(id).orElseThrow());
		CompanyForm mine = new CompanyForm(loaded.slug(), loaded.name(), loaded.nameZh(), loaded.kind(),
				loaded.foundedYear(), loaded.hqCityId(), loaded.locationNote(), loaded.sectors(),
				loaded.presenceCityIds(), "Mine", loaded.summaryZh(), loaded.version());

		RecordEditor.SaveResult result = this.editor.save(overtaken, id, mine,
				new BeanPropertyBindingResult(mine, "form"));

		assertThat(result).isInstanceOf(RecordEditor.SaveResult.Conflict.class);
		assertThat(((RecordEditor.SaveResult.Conflict) result).saved().params()).containsEntry("summary",
				List.of("Theirs"));
		assertThat(this.jdbc.queryForObject("select summary from company where id = ?", String.class, id))
			.isEqualTo("Theirs");
	}

	@Test
	void keepingMyInputAfterAConflictSavesItAgainstTheNewVersion() throws Exception {
		long id = createCompany("keep-mine-co", "Original");
		long current = version("company", id);
		this.mvc
			.perform(as("bob", post("/admin/companies/" + id)).param("name", "Co keep-mine-co")
				.param("slug", "keep-mine-co")
				.param("kind", "STARTUP")
				.param("summary", "Bob wins")
				.param("version", String.valueOf(current)))
			.andExpect(redirectedUrl("/admin/companies/" + id));
		assertThat(this.jdbc.queryForObject("select summary from company where id = ?", String.class, id))
			.isEqualTo("Bob wins");
	}

	@Test
	void aNewRecordsSlugLeftEmptyIsMadeFromItsNameButAnEditsIsNot() throws Exception {
		this.mvc
			.perform(as("editor", post("/admin/companies")).param("name", "Zürich Slug Robotics & Vision Co.")
				.param("slug", "")
				.param("kind", "STARTUP"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from company where name = 'Zürich Slug Robotics & Vision Co.'",
				Long.class);
		assertThat(this.jdbc.queryForObject("select slug from company where id = ?", String.class, id))
			.isEqualTo("zurich-slug-robotics-vision-co");
		// A source titled as another is given the next free slug made from its title; a
		// slug the admin types is never changed.
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(as("editor", post("/admin/sources")).param("title", "Same Title Page")
					.param("slug", "")
					.param("publishedLabel", "2025")
					.param("datePrecision", "YEAR"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForList("select slug from source where title = 'Same Title Page' order by id",
				String.class))
			.containsExactly("same-title-page", "same-title-page-2");
		this.mvc
			.perform(as("editor", post("/admin/sources")).param("title", "Same Title Page")
				.param("slug", "same-title-page")
				.param("publishedLabel", "2025")
				.param("datePrecision", "YEAR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another source already has this reference.")));
		// A name only in Chinese gives none: the message stands beside the field, the
		// input kept.
		this.mvc
			.perform(as("editor", post("/admin/companies")).param("name", "苏黎世机器人")
				.param("slug", "")
				.param("kind", "STARTUP"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a slug."), containsString("value=\"苏黎世机器人\""))));
		// An edit keeps its address unless the admin changes it: an empty slug is
		// refused.
		this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Zürich Slug Robotics & Vision Co.")
				.param("slug", "")
				.param("kind", "STARTUP")
				.param("version", String.valueOf(version("company", id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a slug.")));
	}

	@Test
	void deletingAReferencedCityIsRefusedWithTheListAndTheDatabaseRefusesToo() throws Exception {
		long beijing = this.jdbc.queryForObject("select id from city where slug = 'beijing'", Long.class);
		// Said before the admin confirms: no delete button, the records that point at it.
		this.mvc.perform(get("/admin/cities/" + beijing + "/delete").with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("cannot be deleted yet"), containsString("<h2>Sub-areas (1)</h2>"),
						containsString(">Zhongguancun</a>"), not(containsString("type=\"submit\" class=\"danger\"")))));
		this.mvc.perform(as("editor", post("/admin/cities/" + beijing + "/delete")))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("cannot be deleted yet"),
					containsString(">Zhongguancun</a>"), containsString("<h2>Institutions ("),
					containsString(">Peking University</a>"), containsString("<h2>Incentives ("),
					containsString(">Beijing AI park"), containsString("<h2>Figures ("),
					containsString(">AI companies, "), not(containsString("Figure #")))));
		// Counted, and each linked to where the admin changes it.
		long zhongguancun = this.jdbc.queryForObject("select id from city where slug = 'zhongguancun'", Long.class);
		long peking = this.jdbc.queryForObject("select id from university where slug = 'peking-university'",
				Long.class);
		this.mvc.perform(get("/admin/cities/" + beijing + "/delete").with(user("editor").roles("ADMIN")))
			.andExpect(content()
				.string(allOf(containsString(" records still point to it; change or delete them first."),
						containsString("<a href=\"/admin/cities/" + zhongguancun + "\">Zhongguancun</a>"),
						containsString("<a href=\"/admin/universities/" + peking + "\">Peking University</a>"),
						containsString("<a href=\"/admin/figures/"), containsString("<a href=\"/admin/incentives/"))));
		// Said in the reader's language, without the records' internal numbers.
		this.mvc
			.perform(as("editor", post("/admin/cities/" + beijing + "/delete")).locale(Locale.SIMPLIFIED_CHINESE)
				.header("Accept-Language", "zh-Hans"))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("该枢纽暂时不能删除。"), containsString("<h2>下辖片区（1）</h2>"), containsString(">中关村</a>"),
							containsString("<h2>机构（"), containsString(">北京大学</a>"), containsString("<h2>数字（"),
							not(containsString(">AI companies,")), not(containsString("Sub-areas")))));
		assertThat(this.jdbc.queryForObject("select count(*) from city where id = ?", Integer.class, beijing)).isOne();
		assertThatThrownBy(() -> this.jdbc.update("delete from city where id = ?", beijing))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anUnreferencedRecordIsDeletedAfterConfirmationAndTheDeleteIsRecorded() throws Exception {
		long id = createCompany("doomed-co", "Going");
		this.mvc.perform(get("/admin/companies/" + id + "/delete").with(user("editor").roles("ADMIN")))
			.andExpect(content().string(containsString("<h1>Delete Co doomed-co?</h1>")));
		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/delete")))
			.andExpect(redirectedUrl("/admin/companies"));
		assertThat(this.jdbc.queryForObject("select count(*) from company where id = ?", Integer.class, id)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select before_json from revision where entity_type = 'company' and entity_id = ? and action = 'DELETE'",
				String.class, id))
			.contains("Going");
	}

	@Test
	void historyRecordsWhoChangedWhatAndRestoreBringsBackTheOldValues() throws Exception {
		long id = createCompany("history-co", "First summary");
		this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co history-co")
				.param("slug", "history-co")
				.param("kind", "STARTUP")
				.param("summary", "Second summary")
				.param("hqCityId",
						String.valueOf(
								this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class)))
				.param("version", String.valueOf(version("company", id))))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/companies/" + id).with(user("editor").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("Update</strong>"),
					containsString("by <span>editor</span>"), containsString("First summary"),
					containsString("Second summary"), containsString("Undo this change"),
					containsString("<td class=\"diff-new\" data-label=\"After\">Hangzhou</td>"))));

		long created = this.jdbc.queryForObject(
				"select id from revision where entity_type = 'company' and entity_id = ? and action = 'CREATE'",
				Long.class, id);
		long update = this.jdbc.queryForObject(
				"select id from revision where entity_type = 'company' and entity_id = ? and action = 'UPDATE'",
				Long.class, id);
		// A creation has no values before it: nothing to restore.
		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/restore/" + created)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/restore/" + update)))
			.andExpect(redirectedUrl("/admin/companies/" + id));
		assertThat(this.jdbc.queryForObject("select summary from company where id = ?", String.class, id))
			.isEqualTo("First summary");
		assertThat(this.jdbc.queryForList(
				"select action from revision where entity_type = 'company' and entity_id = ? " + "order by id",
				String.class, id))
			.containsExactly("CREATE", "UPDATE", "RESTORE");
	}

	/**
	 * Undoing a change puts back only what it changed: a colleague's later change to
	 * another field stays, and the flash says which fields came back.
	 */
	@Test
	void undoingAChangeKeepsALaterChangeToAnotherField() throws Exception {
		long id = createCompany("undo-one-co", "First summary");
		saveCompany(id, "undo-one-co", "Second summary", null);
		long summaryChange = this.jdbc.queryForObject("select max(id) from revision where entity_type = 'company' "
				+ "and entity_id = ? and action = 'UPDATE'", Long.class, id);
		saveCompany(id, "undo-one-co", "Second summary", "2019");

		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/restore/" + summaryChange)))
			.andExpect(redirectedUrl("/admin/companies/" + id))
			.andExpect(flash().attribute("flash",
					"Change undone: Summary as before it; later changes to other fields stay."));
		assertThat(this.jdbc.queryForMap("select summary, founded_year from company where id = ?", id))
			.containsEntry("SUMMARY", "First summary")
			.containsEntry("FOUNDED_YEAR", 2019);
	}

	/**
	 * A hub's new slug does not break a link to its old address: the page, its download,
	 * its data pack, a comparison naming it and the API's answer for it are sent on, also
	 * after a second rename; once the hub is deleted, the old address is not found.
	 */
	@Test
	void aRenamedHubsOldAddressLeadsToItsPage() throws Exception {
		long id = createHub("moving-hub", "Moving Hub");
		for (String slug : List.of("moved-hub", "moved-again-hub")) {
			this.mvc
				.perform(as("editor", post("/admin/cities/" + id)).param("name", "Moving Hub")
					.param("slug", slug)
					.param("level", "AREA")
					.param("version", String.valueOf(version("city", id))))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(get("/cities/moving-hub?sort=name"))
			.andExpect(redirectedUrl("/cities/moved-again-hub?sort=name"));
		this.mvc.perform(get("/cities/moved-hub")).andExpect(redirectedUrl("/cities/moved-again-hub"));
		this.mvc.perform(get("/cities/moving-hub.csv")).andExpect(redirectedUrl("/cities/moved-again-hub.csv"));
		this.mvc.perform(get("/cities/moved-again-hub")).andExpect(status().isOk());
		// A comparison shared before: the same hubs, in the same order, at their
		// addresses now; a hub that never was is still not found.
		this.mvc.perform(get("/compare").param("cities", "beijing,moving-hub"))
			.andExpect(redirectedUrl("/compare?cities=beijing,moved-again-hub"));
		this.mvc.perform(get("/compare.csv").param("cities", "moved-hub,beijing"))
			.andExpect(redirectedUrl("/compare.csv?cities=moved-again-hub,beijing"));
		this.mvc.perform(get("/compare").param("cities", "beijing,moving-hub,no-such-hub"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/hubs/moved-hub")).andExpect(redirectedUrl("/api/hubs/moved-again-hub"));
		this.mvc.perform(get("/api/compare").param("cities", "moving-hub,beijing"))
			.andExpect(redirectedUrl("/api/compare?cities=moved-again-hub,beijing"));
		this.mvc.perform(get("/api/hubs/no-such-hub")).andExpect(status().isNotFound());
		this.mvc.perform(get("/data/hub-atlas-pack.yaml").param("hub", "moving-hub"))
			.andExpect(redirectedUrl("/data/hub-atlas-pack.yaml?hub=moved-again-hub"));
		this.mvc.perform(get("/data/hub-atlas-pack.yaml").param("hub", "moved-again-hub")).andExpect(status().isOk());

		this.mvc.perform(as("editor", post("/admin/cities/" + id + "/delete")))
			.andExpect(redirectedUrl("/admin/cities"));
		this.mvc.perform(get("/cities/moving-hub")).andExpect(status().isNotFound());
	}

	/**
	 * A hub made in the admin is placed on the map by its centre, given on its form; half
	 * a point or a place outside China's range is refused beside the field, the input
	 * kept.
	 */
	@Test
	void aHubsCentreOnItsFormPlacesItOnTheMap() throws Exception {
		long id = createHub("placed-hub", "Placed Hub");
		this.mvc.perform(get("/map"))
			.andExpect(content().string(containsString("Not on the map")))
			.andExpect(content().string(containsString(">Placed Hub</a>")));
		this.mvc.perform(savePlacedHub(id, "31.23", null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "longitude", "valid.bothCoordinates"));
		this.mvc.perform(savePlacedHub(id, "91.5", "121.47"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "latitude", "DecimalMax"))
			.andExpect(content().string(containsString("Enter a latitude between 15 and 55 degrees north")))
			.andExpect(content().string(containsString("value=\"91.5\"")));
		// Words where a number belongs are told what the field wants, the input kept.
		this.mvc.perform(savePlacedHub(id, "north", "121.47"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter the latitude in degrees north, such as 31.23."),
					containsString("value=\"north\""))));
		this.mvc.perform(savePlacedHub(id, "31.23", "121.47")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select latitude, longitude from city where id = ?", id).values())
			.map((v) -> ((java.math.BigDecimal) v).stripTrailingZeros().toPlainString())
			.containsExactly("31.23", "121.47");
		// The form shows the degrees as they were typed, not the column's six decimals.
		this.mvc.perform(get("/admin/cities/" + id).with(user("editor").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("value=\"31.23\""), containsString("value=\"121.47\""))));
		String map = this.mvc.perform(get("/map")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(map).select("p.muted:contains(Not on the map) a").eachText())
			.doesNotContain("Placed Hub");
		assertThat(map).contains("Placed Hub");
	}

	private MockHttpServletRequestBuilder savePlacedHub(long id, String latitude, String longitude) {
		MockHttpServletRequestBuilder save = as("editor", post("/admin/cities/" + id)).param("name", "Placed Hub")
			.param("slug", "placed-hub")
			.param("level", "AREA")
			.param("latitude", latitude)
			.param("version", String.valueOf(version("city", id)));
		return (longitude != null) ? save.param("longitude", longitude) : save;
	}

	/**
	 * The address a renamed company had is not given to another: its old links would lead
	 * there, not to the company. The company itself may take it back.
	 */
	@Test
	void anOldAddressStillInUseIsNotGivenToAnotherRecord() throws Exception {
		long id = createCompany("first-address-co", "Summary");
		saveCompany(id, "second-address-co", "Summary", null);
		this.mvc.perform(get("/companies/first-address-co")).andExpect(redirectedUrl("/companies/second-address-co"));
		this.mvc.perform(get("/api/companies/first-address-co"))
			.andExpect(redirectedUrl("/api/companies/second-address-co"));
		this.mvc
			.perform(as("editor", post("/admin/companies")).param("name", "Co taking an old address")
				.param("slug", "first-address-co")
				.param("kind", "STARTUP"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "valid.slugOfAMovedPage"))
			.andExpect(content().string(containsString("Old links to /companies/first-address-co lead to the page "
					+ "now at /companies/second-address-co")))
			.andExpect(content().string(containsString("value=\"Co taking an old address\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from company where name = 'Co taking an old address'",
				Integer.class))
			.isZero();
		saveCompany(id, "first-address-co", "Summary", null);
		this.mvc.perform(get("/companies/first-address-co")).andExpect(status().isOk());
		this.mvc.perform(get("/companies/second-address-co")).andExpect(redirectedUrl("/companies/first-address-co"));
	}

	/**
	 * The same holds for an indicator, whose page is named by its key: a new indicator
	 * may not take the key a renamed one had, and a taken key is refused as a slug is.
	 */
	@Test
	void anIndicatorsOldKeyIsNotGivenToAnotherIndicator() throws Exception {
		this.mvc.perform(saveIndicator(null, "old-key-indicator", "Moving indicator"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from indicator where code = 'old-key-indicator'", Long.class);
		this.mvc.perform(saveIndicator(id, "new-key-indicator", "Moving indicator"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/indicators/old-key-indicator"))
			.andExpect(redirectedUrl("/indicators/new-key-indicator"));
		this.mvc.perform(saveIndicator(null, "old-key-indicator", "Indicator taking an old key"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "valid.codeOfAMovedPage"))
			.andExpect(content().string(containsString("choose another key")));
		this.mvc.perform(get("/api/indicators/old-key-indicator"))
			.andExpect(redirectedUrl("/api/indicators/new-key-indicator"));
		this.mvc.perform(saveIndicator(null, "new-key-indicator", "Indicator taking a used key"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "valid.slugTaken.indicator"))
			.andExpect(content().string(containsString("Another indicator already has this key.")));
		this.mvc.perform(saveIndicator(null, "", "Indicator without a key"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a key."), not(containsString("Enter a slug.")))));
		assertThat(this.jdbc.queryForObject("select count(*) from indicator where name like 'Indicator taking%'",
				Integer.class))
			.isZero();
	}

	private MockHttpServletRequestBuilder saveIndicator(Long id, String code, String name) {
		MockHttpServletRequestBuilder save = as("editor",
				post((id != null) ? "/admin/indicators/" + id : "/admin/indicators"))
			.param("code", code)
			.param("name", name)
			.param("unit", "companies")
			.param("sortOrder", "900");
		return (id != null) ? save.param("version", String.valueOf(version("indicator", id))) : save;
	}

	/**
	 * Undoing a change that would put back a hub deleted since says so in words, not
	 * "choose a hub from the list", and changes nothing.
	 */
	@Test
	void anUndoThatWouldPutBackADeletedHubSaysItWasDeleted() throws Exception {
		long gone = createHub("gone-hub", "Gone Hub");
		long id = createCompany("gone-hq-co", "Summary");
		saveCompany(id, "gone-hq-co", "Summary", null, gone);
		saveCompany(id, "gone-hq-co", "Summary", null);
		long backToHangzhou = this.jdbc.queryForObject("select max(id) from revision where entity_type = 'company' "
				+ "and entity_id = ? and action = 'UPDATE'", Long.class, id);
		this.mvc.perform(as("editor", post("/admin/cities/" + gone + "/delete")))
			.andExpect(redirectedUrl("/admin/cities"));

		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/restore/" + backToHangzhou)))
			.andExpect(redirectedUrl("/admin/companies/" + id))
			.andExpect(flash().attribute("flash", "Revision " + backToHangzhou
					+ " cannot be restored as it is: the headquarters hub it had before has been deleted since. "
					+ "Choose another in the form."));
		assertThat(this.jdbc.queryForObject("select hq_city_id from company where id = ?", Long.class, id))
			.isEqualTo(this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class));
	}

	/**
	 * A change whose fields were changed again later says so beside its undo button:
	 * undoing it loses those later changes. A change no later one overlaps says nothing.
	 */
	@Test
	void anUndoThatWouldLoseLaterChangesSaysSoBeforeItIsClicked() throws Exception {
		long id = createCompany("undo-later-co", "First summary");
		saveCompany(id, "undo-later-co", "Second summary", null);
		saveCompany(id, "undo-later-co", "Third summary", null);
		saveCompany(id, "undo-later-co", "Third summary", "2019");
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/companies/" + id).with(user("editor").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> entries = page.select("ol.history > li").eachText();
		assertThat(entries).hasSize(4);
		// Newest first: the year, the third summary, the second summary, the creation.
		assertThat(entries.get(0)).doesNotContain("Changed again since").contains("Undo this change");
		assertThat(entries.get(1)).doesNotContain("Changed again since");
		assertThat(entries.get(2)).contains("Changed again since: Summary.")
			.contains("Undo this change and the later ones to these fields");
		assertThat(entries.get(3)).doesNotContain("Undo this change");
	}

	/**
	 * A save of a record deleted since its page was opened loses nothing: the input comes
	 * back as a new record's form, saying who deleted it and when; saving it creates the
	 * record again.
	 */
	@Test
	void aSaveOfARecordDeletedMeanwhileOffersTheInputAsANewRecord() throws Exception {
		long id = createCompany("deleted-meanwhile-co", "Before");
		long version = version("company", id);
		this.mvc.perform(as("chief", post("/admin/companies/" + id + "/delete")))
			.andExpect(redirectedUrl("/admin/companies"));
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		String page = this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co deleted-meanwhile-co")
				.param("slug", "deleted-meanwhile-co")
				.param("kind", "STARTUP")
				.param("summary", "Words typed while it was deleted.")
				.param("hqCityId", String.valueOf(hangzhou))
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(page);
		// Said as a warning, not as the green note of a save that worked.
		assertThat(form.select("[role=alert]").text()).contains("This company was deleted by chief on ");
		assertThat(form.select(".flash").text()).doesNotContain("deleted");
		assertThat(form.text()).contains("This company was deleted by chief on ")
			.contains("after you opened it. Your input is below, not saved");
		assertThat(form.select("textarea#summary").text()).isEqualTo("Words typed while it was deleted.");
		assertThat(form.select("form.record-form, form[method=post]").eachAttr("action")).contains("/admin/companies");
		assertThat(this.jdbc.queryForObject("select count(*) from company where slug = 'deleted-meanwhile-co'",
				Integer.class))
			.isZero();
	}

	/**
	 * A deleted record's address says who deleted it and when, with its last values as a
	 * new record's form (410); saving them creates it again. The dashboard links it.
	 */
	@Test
	void aDeletedRecordsAddressOffersToCreateItAgainFromItsLastValues() throws Exception {
		long id = createCompany("deleted-again-co", "Last words before the delete.");
		this.mvc.perform(as("chief", post("/admin/companies/" + id + "/delete")))
			.andExpect(redirectedUrl("/admin/companies"));
		Document form = Jsoup.parse(this.mvc.perform(get("/admin/companies/" + id).with(user("editor").roles("ADMIN")))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("[role=alert]").text()).contains("This company was deleted by chief on ")
			.contains("Its last values are below");
		assertThat(form.select("textarea#summary").text()).isEqualTo("Last words before the delete.");
		assertThat(form.select("input#slug").attr("value")).isEqualTo("deleted-again-co");
		assertThat(this.mvc.perform(get("/admin").with(user("editor").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/admin/companies/" + id + "\"");
		// A record that never was is still no page: said by its number, in the admin's
		// layout, with the way back to the dashboard.
		Document missing = Jsoup
			.parse(this.mvc.perform(get("/admin/companies/99999999").with(user("editor").roles("ADMIN")))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(missing.select("main .lead").text()).isEqualTo("There is no company numbered 99999999.");
		assertThat(missing.select(".brand").text()).contains("Hub Atlas admin");
		assertThat(missing.select("main a[href=/admin]")).isNotEmpty();
		// A reader's wrong address keeps the site's layout.
		Document reader = Jsoup.parse(this.mvc.perform(get("/companies/no-such-co"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(reader.select(".brand").text()).doesNotContain("admin");
	}

	/** A save that changes nothing says so and adds nothing to the history. */
	@Test
	void aSaveThatChangesNothingAddsNoChangeToTheHistory() throws Exception {
		long id = createCompany("no-change-co", "Kept summary");
		String revisions = "select count(*) from revision where entity_type = 'company' and entity_id = ?";
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co no-change-co")
				.param("slug", "no-change-co")
				.param("kind", "STARTUP")
				.param("summary", "Kept summary")
				.param("hqCityId", String.valueOf(hangzhou))
				.param("version", String.valueOf(version("company", id))))
			.andExpect(redirectedUrl("/admin/companies/" + id))
			.andExpect(flash().attribute("flash",
					"Nothing to save: every field of \u201cCo no-change-co\u201d was already as saved."));
		assertThat(this.jdbc.queryForObject(revisions, Integer.class, id)).isOne();
		saveCompany(id, "no-change-co", "Kept summary", "2019");
		assertThat(this.jdbc.queryForObject(revisions, Integer.class, id)).isEqualTo(2);
	}

	@Test
	void theEditPageShowsTheHistoryTenChangesAtATime() throws Exception {
		long id = createCompany("paged-history-co", "Summary 0");
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		for (int i = 1; i <= 12; i++) {
			this.mvc
				.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co paged-history-co")
					.param("slug", "paged-history-co")
					.param("kind", "STARTUP")
					.param("summary", "Summary " + i)
					.param("hqCityId", String.valueOf(hangzhou))
					.param("version", String.valueOf(version("company", id))))
				.andExpect(status().is3xxRedirection());
		}
		String first = this.mvc.perform(get("/admin/companies/" + id).with(user("editor").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("Changes 1 to 10 of 13", "Summary 12", "Older changes", "history=2")
			.doesNotContain(">Summary 0<");
		// Every update can be undone, the newest too; the creation has nothing before it.
		assertThat(first.split("Undo this change", -1)).hasSize(11);
		String second = this.mvc
			.perform(get("/admin/companies/" + id).param("history", "2").with(user("editor").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("Changes 11 to 13 of 13", "Summary 0", "Newer changes")
			.doesNotContain("Older changes");
		assertThat(second.split("Undo this change", -1)).hasSize(3);
		this.mvc.perform(get("/admin/companies/" + id).param("history", "abc").with(user("editor").roles("ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a page number, 1 or more")));
	}

	@Test
	void restoringARevisionOfAnotherRecordIs404() throws Exception {
		long id = createCompany("other-rev-co", "x");
		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/restore/999999")))
			.andExpect(status().isNotFound());
	}

	@Test
	void publicPagesShowWhenARecordWasLastUpdated() throws Exception {
		long id = createCompany("dated-co", "x");
		String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		this.mvc.perform(get("/companies/dated-co"))
			.andExpect(content().string(allOf(containsString("Last changed in Hub Atlas"), containsString(today))));
		assertThat(id).isPositive();
	}

	@Test
	void storedScriptIsEscapedOnEveryPublicAndAdminPage() throws Exception {
		String script = "<script>alert('x')</script>";
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		long seed = this.jdbc.queryForObject("select id from source where slug = 'seed-002'", Long.class);
		this.mvc
			.perform(as("editor", post("/admin/companies")).param("name", script)
				.param("slug", "xss-co")
				.param("kind", "STARTUP")
				.param("summary", script)
				.param("sectors", script)
				.param("hqCityId", String.valueOf(hangzhou)))
			.andExpect(status().is3xxRedirection());
		long company = this.jdbc.queryForObject("select id from company where slug = 'xss-co'", Long.class);
		this.mvc
			.perform(as("editor", post("/admin/statements")).param("subject", "city:" + hangzhou)
				.param("paraphrase", script)
				.param("quote", script)
				.param("speaker", script)
				.param("nature", "EDITORIAL")
				.param("sourceId", String.valueOf(seed)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as("editor", post("/admin/sources/" + seed)).param("title", script)
				.param("slug", "seed-002")
				.param("publishedLabel", script)
				.param("datePrecision", "ESTIMATED")
				.param("publisher", script)
				.param("version", String.valueOf(version("source", seed))))
			.andExpect(status().is3xxRedirection());

		for (String url : new String[] { "/", "/cities/hangzhou", "/companies", "/companies/xss-co", "/sources",
				"/sources/" + seed, "/compare?cities=hangzhou,beijing", "/universities/zhejiang-university" }) {
			this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(script))));
		}
		this.mvc.perform(get("/cities/hangzhou")).andExpect(content().string(containsString("&lt;script&gt;")));
		// The sources list, searched for the source, shows its title escaped.
		this.mvc.perform(get("/sources").param("q", "alert"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert("), not(containsString(script)))));
		for (String url : new String[] { "/admin", "/admin/companies", "/admin/companies/" + company,
				"/admin/statements?q=alert", "/admin/sources", "/admin/sources/" + seed, "/admin/figures" }) {
			this.mvc.perform(get(url).with(user("editor").roles("ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(script))));
		}
	}

	@Test
	void aFigureIsDeletedWithItsDisputeNotesButTheDisputeStays() throws Exception {
		long figure = this.jdbc.queryForObject("select id from figure where seed_ref = 'hub-guizhou.c01'", Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from dispute_link where figure_id = ?", Integer.class,
				figure))
			.isPositive();
		this.mvc.perform(get("/cities/guizhou"))
			.andExpect(content().string(containsString("id=\"figure-" + figure + "\"")));
		this.mvc.perform(as("editor", post("/admin/figures/" + figure + "/delete")))
			.andExpect(redirectedUrl("/admin/figures"));
		assertThat(this.jdbc.queryForObject("select count(*) from figure where id = ?", Integer.class, figure))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from dispute where slug = '003-undated-figures'",
				Integer.class))
			.isOne();
		this.mvc.perform(get("/cities/guizhou"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"figure-" + figure + "\""))));
	}

	@Test
	void aCitedSourceAndAnInstitutionWithStatementsCannotBeDeleted() throws Exception {
		long source = this.jdbc.queryForObject("select id from source where slug = 'seed-001'", Long.class);
		this.mvc.perform(as("editor", post("/admin/sources/" + source + "/delete")))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<h2>Statements ("), containsString("<h2>Figures ("))));
		long pku = this.jdbc.queryForObject("select id from university where slug = 'peking-university'", Long.class);
		this.mvc.perform(as("editor", post("/admin/universities/" + pku + "/delete")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("<h2>Statements (")));
		assertThat(this.jdbc.queryForObject("select count(*) from university where id = ?", Integer.class, pku))
			.isOne();
	}

	@Test
	void anIncentivesHubsAreRestoredFromItsHistory() throws Exception {
		long id = this.jdbc.queryForObject("select id from incentive where slug = 'hangzhou-tax-subsidies'",
				Long.class);
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		long liangzhu = this.jdbc.queryForObject("select id from city where slug = 'liangzhu'", Long.class);
		// First edit: keep both hubs, then drop Liangzhu.
		this.mvc
			.perform(as("editor", post("/admin/incentives/" + id)).param("title", "Tax breaks")
				.param("slug", "hangzhou-tax-subsidies")
				.param("level", "PROVINCIAL")
				.param("kind", "TAX")
				.param("cityIds", String.valueOf(hangzhou), String.valueOf(liangzhu))
				.param("version", String.valueOf(version("incentive", id))))
			.andExpect(status().is3xxRedirection());
		long both = this.jdbc.queryForObject(
				"select max(id) from revision where entity_type = 'incentive' and entity_id = ?", Long.class, id);
		this.mvc
			.perform(as("editor", post("/admin/incentives/" + id)).param("title", "Tax breaks")
				.param("slug", "hangzhou-tax-subsidies")
				.param("level", "PROVINCIAL")
				.param("kind", "TAX")
				.param("cityIds", String.valueOf(hangzhou))
				.param("version", String.valueOf(version("incentive", id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from incentive_city where incentive_id = ?", Integer.class,
				id))
			.isOne();

		long dropped = this.jdbc.queryForObject(
				"select max(id) from revision where entity_type = 'incentive' and entity_id = ?", Long.class, id);
		assertThat(dropped).isGreaterThan(both);
		// Undoing the change that dropped Liangzhu brings both hubs back.
		this.mvc.perform(as("editor", post("/admin/incentives/" + id + "/restore/" + dropped)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select city_id from incentive_city where incentive_id = ? order by city_id",
				Long.class, id))
			.containsExactlyInAnyOrder(hangzhou, liangzhu);
	}

	@Test
	void aCompanysPresenceInOtherHubsIsEditedAndShownPublicly() throws Exception {
		long id = createCompany("present-co", "x");
		long shanghai = this.jdbc.queryForObject("select id from city where slug = 'shanghai'", Long.class);
		long shenzhen = this.jdbc.queryForObject("select id from city where slug = 'shenzhen'", Long.class);
		this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co present-co")
				.param("slug", "present-co")
				.param("kind", "STARTUP")
				.param("presenceCityIds", String.valueOf(shanghai), String.valueOf(shenzhen))
				.param("version", String.valueOf(version("company", id))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/companies/present-co"))
			.andExpect(content().string(allOf(containsString("Also present in"),
					containsString("href=\"/cities/shanghai\""), containsString("href=\"/cities/shenzhen\""))));
		this.mvc.perform(get("/cities/shenzhen")).andExpect(content().string(containsString("Co present-co")));
		this.mvc
			.perform(as("editor", post("/admin/companies/" + id)).param("name", "Co present-co")
				.param("slug", "present-co")
				.param("kind", "STARTUP")
				.param("presenceCityIds", String.valueOf(shanghai))
				.param("version", String.valueOf(version("company", id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select city_id from company_presence where company_id = ?", Long.class, id))
			.containsExactly(shanghai);
		this.mvc.perform(get("/admin/companies/" + id).with(user("editor").roles("ADMIN")))
			.andExpect(content().string(containsString("Shanghai; Shenzhen")));
		// A company present elsewhere is deleted with its ties to those hubs.
		this.mvc.perform(as("editor", post("/admin/companies/" + id + "/delete")))
			.andExpect(redirectedUrl("/admin/companies"));
		assertThat(this.jdbc.queryForObject("select count(*) from company where id = ?", Integer.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from company_presence where company_id = ?", Integer.class,
				id))
			.isZero();
	}

}
