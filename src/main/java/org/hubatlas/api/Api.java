package org.hubatlas.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hubatlas.city.City;
import org.hubatlas.common.Labelled;
import org.hubatlas.dispute.Disputes;

/**
 * What the open data API sends, one record per kind of thing. Field names are part of the
 * API's contract (documented in the OpenAPI document): add fields, never rename them.
 * Values are as the sources wrote them; codes (kinds, levels) are the lower-case forms
 * the list filters take. The API speaks English; Chinese names travel beside the English
 * ones.
 */
public final class Api {

	private Api() {
	}

	/** The URL form of an enum constant ("prefecture-level-city"). */
	public static String code(Enum<?> constant) {
		return (constant != null) ? Labelled.param(constant) : null;
	}

	@Schema(description = "A hub named by another record.")
	public record HubRef(@Schema(example = "beijing") String slug, @Schema(example = "Beijing") String name,
			@Schema(example = "北京") String nameZh, @Schema(example = "/api/hubs/beijing") String api,
			@Schema(example = "/cities/beijing") String page) {

		static HubRef of(City city) {
			return (city != null) ? new HubRef(city.getSlug(), city.getName(), city.getNameZh(),
					"/api/hubs/" + city.getSlug(), "/cities/" + city.getSlug()) : null;
		}

	}

	@Schema(description = "A hub: a city, province or district with AI companies, institutions and policies.")
	public record Hub(@Schema(example = "hangzhou") String slug, @Schema(example = "Hangzhou") String name,
			@Schema(example = "杭州") String nameZh,
			@Schema(description = "province, municipality, prefecture-level-city, district, county, area …",
					example = "prefecture-level-city") String level,
			@Schema(example = "Zhejiang") String province,
			@Schema(description = "The hub this one is part of (a district's city), or null.") HubRef parent,
			@Schema(example = "30.2741") BigDecimal latitude, @Schema(example = "120.1551") BigDecimal longitude,
			@Schema(description = "Hub Atlas's summary of the hub, in English.") String summary,
			@Schema(description = "The same summary in Simplified Chinese.") String summaryZh,
			@Schema(description = "Other names the hub goes by.") List<String> nicknames,
			@Schema(example = "/api/hubs/hangzhou") String api, @Schema(example = "/cities/hangzhou") String page) {

		static Hub of(City city) {
			List<String> nicknames = (city.getNicknames() != null) ? Arrays.stream(city.getNicknames().split("[,;]"))
				.map(String::trim)
				.filter((n) -> !n.isEmpty())
				.toList() : List.of();
			return new Hub(city.getSlug(), city.getName(), city.getNameZh(), code(city.getLevel()), city.getProvince(),
					HubRef.of(city.getParent()), city.getLatitude(), city.getLongitude(), city.getSummary(),
					city.getSummaryZh(), nicknames, "/api/hubs/" + city.getSlug(), "/cities/" + city.getSlug());
		}

	}

	@Schema(description = "Everything a hub's profile shows, each figure and statement with its source.")
	public record HubProfile(Hub hub,
			@Schema(description = "Sub-areas of the hub (Zhongguancun in Beijing).") List<HubRef> subAreas,
			List<Figure> figures,
			@Schema(description = "Companies headquartered or present in the hub, named in our sources.") List<CompanyInHub> companies,
			List<InstitutionRef> institutions, List<IncentiveRef> incentives, List<Statement> statements,
			@Schema(description = "Corrections and caveats about the hub or what its profile shows.") List<Dispute> disputes,
			@Schema(description = "Every source the profile cites.") List<SourceRef> sources,
			@Schema(description = "Where the hub ranks, indicator by indicator, among the hubs whose figures count "
					+ "the same thing within two years.") List<Standing> ranks,
			@Schema(description = "The hub's figures of one indicator and definition over two years or more, "
					+ "with the growth per year; its targets apart as a plan.") List<Series> series) {
	}

	@Schema(name = "Standing", description = "A hub's place in one indicator's ranking.")
	public record Standing(@Schema(example = "ai-companies") String indicator,
			@Schema(description = "The figure that ranks.", example = "212") long figure,
			@Schema(example = "2") int rank, @Schema(description = "How many hubs rank.", example = "7") int of,
			@Schema(description = "How many hubs share this rank (1: none other).", example = "1") int tied,
			@Schema(example = "/indicators/ai-companies") String page) {
	}

	@Schema(name = "Series", description = "One hub's figures of one indicator and definition over the years.")
	public record Series(@Schema(example = "ai-industry-output") String indicator,
			@Schema(description = "The definition group the figures count by; empty: as the indicator defines.",
					example = "ai-industry-scale-total") String definitionGroup,
			@Schema(description = "A point a year, oldest first.") List<SeriesPoint> points,
			@Schema(description = "Targets of the same indicator and definition: a plan, never points of the series.") List<SeriesPoint> plan,
			@Schema(description = "The growth per year between each two points.") List<SeriesGrowth> growth) {
	}

	@Schema(name = "SeriesPoint")
	public record SeriesPoint(@Schema(example = "2020") int year, @Schema(example = "186000000000") BigDecimal value,
			@Schema(description = "The figure, with its quote and source, among the profile's figures.",
					example = "40") long figure) {
	}

	@Schema(name = "SeriesGrowth")
	public record SeriesGrowth(@Schema(example = "2020") int from, @Schema(example = "2023") int to,
			@Schema(description = "Compound growth per year, as a fraction (0.104 is 10.4 %); for a share "
					+ "(percentagePoints), the change per year in percentage points.",
					example = "0.104") double perYear,
			@Schema(description = "Either figure is an estimate or a bound (\"over\", \"about\").") boolean approximate,
			@Schema(description = "The values are shares (percent of GDP): perYear is in percentage points.") boolean percentagePoints) {
	}

	@Schema(description = "A company as a hub lists it.")
	public record CompanyInHub(@Schema(example = "deepseek") String slug, @Schema(example = "DeepSeek") String name,
			String nameZh, @Schema(example = "startup") String kind, List<String> sectors,
			@Schema(description = "The hub or sub-area it is in.") HubRef where,
			@Schema(description = "How it is tied to the hub: headquarters, or what the source says (R&D centre …).",
					example = "headquarters") String tie,
			@Schema(example = "/api/companies/deepseek") String api) {
	}

	@Schema(description = "A company named in our sources.")
	public record Company(@Schema(example = "deepseek") String slug, @Schema(example = "DeepSeek") String name,
			@Schema(example = "深度求索") String nameZh,
			@Schema(description = "big-tech, startup, state-owned, …", example = "startup") String kind,
			@Schema(example = "2023") Integer foundedYear, HubRef headquarters,
			@Schema(description = "Other hubs it works in.") List<Presence> presentIn, List<String> sectors,
			String locationNote, String summary, @Schema(example = "/api/companies/deepseek") String api,
			@Schema(example = "/companies/deepseek") String page) {
	}

	@Schema(description = "A hub a company works in besides its headquarters.")
	public record Presence(HubRef hub, @Schema(example = "R&D centre") String relation) {
	}

	@Schema(description = "A company with its institutions, figures, statements and disputes.")
	public record CompanyProfile(Company company, List<Tie> institutions, List<Figure> figures,
			List<Statement> statements, List<Dispute> disputes) {
	}

	@Schema(description = "A tie between a company and a university or institute.")
	public record Tie(@Schema(example = "tsinghua-university") String slug, String name,
			@Schema(example = "spin-off") String relation, String api) {
	}

	@Schema(description = "A university or research institute named by another record.")
	public record InstitutionRef(@Schema(example = "zhejiang-university") String slug, String name, String nameZh,
			@Schema(example = "university") String kind, String api) {
	}

	@Schema(description = "A university or research institute.")
	public record Institution(@Schema(example = "zhejiang-university") String slug,
			@Schema(example = "Zhejiang University") String name, String nameZh,
			@Schema(description = "university, research-institute, lab, …", example = "university") String kind,
			HubRef hub, String locationNote, String summary,
			@Schema(example = "/api/institutions/zhejiang-university") String api,
			@Schema(example = "/universities/zhejiang-university") String page) {
	}

	@Schema(description = "An institution with the companies tied to it, figures, statements and disputes.")
	public record InstitutionProfile(Institution institution, List<Tie> companies, List<Figure> figures,
			List<Statement> statements, List<Dispute> disputes) {
	}

	@Schema(description = "A government incentive named by another record.")
	public record IncentiveRef(String slug, String title, @Schema(example = "municipal") String level,
			@Schema(example = "compute-voucher") String kind, String amountAsWritten, String api) {
	}

	@Schema(description = "A government incentive: a fund, subsidy, voucher or policy.")
	public record Incentive(@Schema(example = "shanghai-compute-vouchers") String slug, String title,
			@Schema(description = "national, provincial, municipal, district", example = "municipal") String level,
			@Schema(example = "compute-voucher") String kind, String issuer,
			@Schema(description = "The amount as the source wrote it.",
					example = "600 million yuan") String amountAsWritten,
			@Schema(description = "The amount as a number in the currency, when the source gives one.",
					example = "600000000") BigDecimal amount,
			@Schema(example = "CNY") String currency, String announcedAsWritten, Integer announcedYear,
			Integer targetYear, String status, String summary,
			@Schema(description = "The hubs it applies to.") List<HubRef> hubs, String api, String page) {
	}

	@Schema(description = "An incentive with its figures, statements and disputes.")
	public record IncentiveProfile(Incentive incentive, List<Figure> figures, List<Statement> statements,
			List<Dispute> disputes) {
	}

	@Schema(description = "A source named by a figure, statement or dispute.")
	public record SourceRef(@Schema(example = "3") long id, String title, @Schema(example = "Xinhua") String publisher,
			@Schema(description = "When it was published, as precisely as known.",
					example = "2025-03-14") String published,
			@Schema(description = "Where it can be read.") String url,
			@Schema(description = "high, medium, low: how far the page can be relied on.",
					example = "high") String trust,
			@Schema(example = "/api/sources/3") String api) {

		public static SourceRef of(org.hubatlas.source.Source source) {
			return new SourceRef(source.getId(), source.getTitle(), source.getPublisher(), publishedOf(source),
					source.getUrl(), code(source.getTrust()), "/api/sources/" + source.getId());
		}

	}

	/**
	 * The publication date as the pages print it: "2025-03-14", "March 2025", "about
	 * 2024".
	 */
	static String publishedOf(org.hubatlas.source.Source source) {
		if (source.isDateEstimated()) {
			return (source.getPublishedYear() != null) ? "about " + source.getPublishedYear() : null;
		}
		return source.getPublishedLabel();
	}

	@Schema(description = "A news article or public page the portal's figures and statements rest on.")
	public record Source(@Schema(example = "3") long id, String title, String subtitle, String publisher,
			String publisherNote, String author, String authorNote,
			@Schema(description = "When it was published, as precisely as known.") String published,
			Integer publishedYear, @Schema(description = "Whether the date is estimated.") boolean dateEstimated,
			String dateBasis, String url, @Schema(example = "high") String trust,
			@Schema(description = "Whether only an excerpt of it was read.") boolean excerptOnly,
			String completenessNote, @Schema(example = "/api/sources/3") String api,
			@Schema(example = "/sources/3") String page) {

		static Source of(org.hubatlas.source.Source s) {
			return new Source(s.getId(), s.getTitle(), s.getSubtitle(), s.getPublisher(), s.getPublisherNote(),
					s.getAuthor(), s.getAuthorNote(), publishedOf(s), s.getPublishedYear(), s.isDateEstimated(),
					s.getDateBasis(), s.getUrl(), code(s.getTrust()), s.isExcerptOnly(), s.getCompletenessNote(),
					"/api/sources/" + s.getId(), "/sources/" + s.getId());
		}

	}

	@Schema(description = "A source with everything that cites it.")
	public record SourceProfile(Source source, List<Figure> figures, List<Statement> statements,
			List<Dispute> disputes) {
	}

	@Schema(description = "What a figure, statement or dispute is about.")
	public record About(
			@Schema(description = "hub, company, institution, incentive or national", example = "hub") String kind,
			@Schema(description = "null for national context.", example = "beijing") String slug,
			@Schema(example = "Beijing") String name, @Schema(example = "/api/hubs/beijing") String api) {
	}

	@Schema(description = "An indicator named by a figure.")
	public record IndicatorRef(@Schema(example = "ai-companies") String code,
			@Schema(example = "AI companies") String name, @Schema(example = "companies") String unit) {
	}

	@Schema(description = "A figure with its source, the quote it rests on, when it holds and whether it is disputed.")
	public record Figure(@Schema(example = "42") long id, About about, IndicatorRef indicator,
			@Schema(description = "The value as a number, when it is one.", example = "2400") BigDecimal value,
			@Schema(description = "The value as the source wrote it.", example = "over 2,400") String valueAsWritten,
			@Schema(description = "none, over, about, exceeding", example = "over") String qualifier,
			@Schema(description = "reported, target, estimate, …", example = "reported") String kind,
			@Schema(description = "The date it holds as the source states it, or null.",
					example = "end of 2024") String asOf,
			@Schema(example = "2024") Integer asOfYear,
			@Schema(description = "For targets, the year aimed at.") Integer targetYear,
			@Schema(description = "When it holds, in words (as the pages say it).",
					example = "end of 2024") String when,
			@Schema(description = "What exactly is counted, when the source defines it.") String definition,
			String note, @Schema(description = "The words of the source it rests on.") String quote, SourceRef source,
			@Schema(description = "Whether a correction or caveat is attached.") boolean disputed,
			@Schema(description = "Whether a correction says it contradicts well-known facts.") boolean contradicted,
			List<DisputeRef> disputes,
			@Schema(description = "The key of the indicator's definition it counts by, or null when the indicator "
					+ "is counted one way only.", example = "ai-enterprises") String definitionKey,
			@Schema(description = "The definition group it ranks in: figures of one indicator rank together only "
					+ "within one group, one kind (reported or target) and two years.",
					example = "ai-enterprises") String definitionGroup) {
	}

	@Schema(description = "A statement: what a source says, quoted.")
	public record Statement(@Schema(example = "7") long id, About about,
			@Schema(description = "fact, plan, claim, forecast, …", example = "fact") String nature, String quote,
			String paraphrase, @Schema(description = "The paraphrase in Simplified Chinese.") String paraphraseZh,
			String speaker, String location, SourceRef source, boolean disputed, List<DisputeRef> disputes) {
	}

	@Schema(description = "A correction or caveat named by a figure or statement.")
	public record DisputeRef(@Schema(example = "guizhou-compute-figure") String slug, String title,
			@Schema(example = "contradiction") String type, @Schema(example = "high") String severity, String api) {

		static List<DisputeRef> of(List<org.hubatlas.dispute.Dispute> disputes) {
			return disputes.stream()
				.map((d) -> new DisputeRef(d.getSlug(), d.getTitle(), code(d.getType()), code(d.getSeverity()),
						"/api/disputes/" + d.getSlug()))
				.toList();
		}

	}

	@Schema(description = "A correction or caveat: where a source contradicts well-known facts, or should be read with care.")
	public record Dispute(@Schema(example = "guizhou-compute-figure") String slug, String title,
			@Schema(example = "contradiction") String type, @Schema(example = "high") String severity,
			String confidence, @Schema(description = "What is wrong or uncertain.") String issue,
			@Schema(description = "What is known otherwise.") String knownOtherwise,
			@Schema(description = "The words of the source in question.") String quote, SourceRef source,
			@Schema(description = "Where what is known otherwise can be checked.") List<String> outsideReferences,
			@Schema(description = "The records it affects.") List<Affected> affects, String api) {
	}

	@Schema(description = "A record a dispute affects.")
	public record Affected(
			@Schema(description = "hub, company, institution, incentive, national, figure or statement",
					example = "figure") String kind,
			@Schema(description = "For hubs, companies, institutions and incentives.") String slug,
			@Schema(description = "For figures and statements.") Long id, String name, String api) {
	}

	@Schema(description = "An indicator of the catalogue: what a figure measures.")
	public record Indicator(@Schema(example = "ai-companies") String code,
			@Schema(example = "AI companies") String name, @Schema(example = "人工智能企业") String nameZh,
			@Schema(example = "companies") String unit, @Schema(example = "家") String unitZh, boolean higherIsBetter,
			String definition, String definitionZh,
			@Schema(description = "Hubs with at least one figure for it.", example = "12") long hubsWithFigures,
			@Schema(example = "/api/indicators/ai-companies") String api,
			@Schema(example = "/indicators/ai-companies") String page) {
	}

	@Schema(description = "An indicator across the hubs: the ranked group first, then the groups that cannot be ranked with it, each saying why.")
	public record Ranking(Indicator indicator, List<RankingGroup> groups) {
	}

	@Schema(description = "Hubs whose figures can honestly be set side by side.")
	public record RankingGroup(String title, @Schema(
			description = "Why this group stands apart, or is not ranked; null for the ranked group.") String reason,
			boolean ranked, List<RankingEntry> entries) {
	}

	@Schema(description = "A hub's figure in a ranking group.")
	public record RankingEntry(@Schema(description = "Equal values share a rank; null when the group is not ranked.",
			example = "1") Integer rank, HubRef hub, Figure figure) {
	}

	@Schema(description = "What a search found, grouped by kind, best group first.")
	public record SearchAnswer(@Schema(example = "hangzhou") String query,
			@Schema(description = "Whether the query was cut to 100 characters.") boolean cut,
			@Schema(description = "Whether no result had every word, and these have some of them.") boolean anyWord,
			@Schema(description = "Results of every kind.") long total, List<SearchGroup> groups) {
	}

	@Schema(description = "The best results of one kind, and where to page through all of them.")
	public record SearchGroup(@Schema(example = "companies") String kind, long count, List<SearchHit> hits,
			@Schema(example = "/api/search/companies?q=hangzhou") String all) {
	}

	@Schema(description = "One search result.")
	public record SearchHit(@Schema(example = "hubs") String kind, @Schema(example = "Hangzhou") String title,
			String titleZh,
			@Schema(description = "Where it belongs (a company's hub, a figure's indicator).") String context,
			@Schema(description = "A piece of its text around the words found.") String excerpt,
			@Schema(example = "/cities/hangzhou") String page) {
	}

	/** Whether any of these disputes says the data contradicts well-known facts. */
	public static boolean contradicted(List<org.hubatlas.dispute.Dispute> disputes) {
		return Disputes.anyContradiction(disputes);
	}

	/** When a figure holds, in the words the pages use (the API speaks English). */
	public static String when(org.hubatlas.figure.Figure f) {
		if (f.isTargetWithYear()) {
			return "target for " + f.getTargetYear();
		}
		if (f.getStatedAsOf() != null) {
			return f.getStatedAsOf();
		}
		if (f.getAsOfYear() != null) {
			return "about " + f.getAsOfYear();
		}
		org.hubatlas.source.Source source = f.getSource();
		return "date not stated; source from "
				+ (source.isDateEstimated() ? "about " + source.getPublishedYear() : source.getPublishedLabel());
	}

}
