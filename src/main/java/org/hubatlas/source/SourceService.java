package org.hubatlas.source;

import java.text.Collator;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.DataVersion;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PerDataVersion;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cited articles. */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final SourceRepository sources;

	/** The source select's options, in English and in Chinese. */
	private final PerDataVersion<Map<String, String>> englishChoices;

	private final PerDataVersion<Map<String, String>> chineseChoices;

	SourceService(SourceRepository sources, DataVersion dataVersion) {
		this.sources = sources;
		this.englishChoices = new PerDataVersion<>(dataVersion);
		this.chineseChoices = new PerDataVersion<>(dataVersion);
	}

	/** The year each source was published, by id, where known. */
	public Map<Long, Integer> publishedYears() {
		Map<Long, Integer> years = new HashMap<>();
		this.sources.findPublishedYears().forEach((row) -> years.put((Long) row[0], (Integer) row[1]));
		return years;
	}

	/** Every source, oldest first. */
	public List<Source> all() {
		return this.sources.findAllByDate();
	}

	public Source get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
	}

	/**
	 * Source id (as a form value) to a label an admin recognises, in the order of the
	 * labels: the options of every source select. Kept while the data stands: sorting
	 * hundreds of labels by the reader's collation would cost most of each admin form.
	 */
	public Map<String, String> choices() {
		return (InterfaceText.chinese() ? this.chineseChoices : this.englishChoices).get(this::workOutChoices);
	}

	private Map<String, String> workOutChoices() {
		Map<Long, String> labels = new HashMap<>();
		for (Source source : all()) {
			// Who published it first, so that typing a publisher's first letters in the
			// select finds it; a source that names none by its title.
			labels.put(source.getId(),
					(source.getPublisher() != null)
							? source.getPublisher() + ", " + source.getDateShown() + " \u2013 " + source.getTitle()
							: source.getTitle() + " \u2013 " + source.getDateShown());
		}
		// One collation key a label, not one a comparison.
		Collator order = Collator.getInstance(LocaleContextHolder.getLocale());
		Map<String, String> options = new LinkedHashMap<>();
		labels.entrySet()
			.stream()
			.map((label) -> Map.entry(order.getCollationKey(label.getValue()), label))
			.sorted(Map.Entry.comparingByKey())
			.forEach((keyed) -> options.put(String.valueOf(keyed.getValue().getKey()), keyed.getValue().getValue()));
		return Collections.unmodifiableMap(options);
	}

	/** The most recently published source, as far as dates are known. */
	public java.util.Optional<Source> newest() {
		return this.sources.findNewest();
	}

	public boolean exists(long id) {
		return this.sources.existsById(id);
	}

	public long count() {
		return this.sources.count();
	}

	/** One page (from 1) of every source, oldest record first: one query and a count. */
	public Page<Source> page(int page, int size) {
		return this.sources.findAll(PageRequest.of(page - 1, size, Sort.by("id")));
	}

}
