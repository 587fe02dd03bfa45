package org.hubatlas.search;

import java.util.List;

/**
 * One thing a reader can find, as the index holds it.
 *
 * @param kind what it is
 * @param href where its page is
 * @param title its name as the sources write it
 * @param titleZh its Chinese name, where the data has one
 * @param otherNames nicknames, address name, province, pinyin of the Chinese name
 * @param summary summary, quote or definition: matched with less weight, and shown
 * @param moreText other words it is found by (issuer, sectors, hubs), not shown
 * @param context a short line shown under the title ("Startup · Hangzhou")
 * @param contextZh the same line for readers of Chinese ("初创企业 · 杭州")
 * @param exactNames the names that count as an exact match, lower case
 * @param summaryZh the summary in Chinese, where the data has one: shown to readers of
 * Chinese (a hub's is also among its more text; matching others' would shift the weights
 * English searches rank by)
 * @param titleShownZh a title in Chinese shown to readers of Chinese in place of the
 * title, for what the index holds no Chinese name of (a statement's paraphrase, a
 * correction's, an incentive's or an indicator's title); not matched, for the same reason
 */
record SearchDocument(SearchKind kind, String href, String title, String titleZh, String otherNames, String summary,
		String moreText, String context, String contextZh, List<String> exactNames, String summaryZh,
		String titleShownZh) {

	SearchDocument(SearchKind kind, String href, String title, String titleZh, String otherNames, String summary,
			String moreText, String context, String contextZh, List<String> exactNames) {
		this(kind, href, title, titleZh, otherNames, summary, moreText, context, contextZh, exactNames, null, null);
	}

	/** The same document with its summary in Chinese. */
	SearchDocument withSummaryZh(String summaryZh) {
		return new SearchDocument(this.kind, this.href, this.title, this.titleZh, this.otherNames, this.summary,
				this.moreText, this.context, this.contextZh, this.exactNames, summaryZh, this.titleShownZh);
	}

	/** The same document with a title in Chinese that is shown, not matched. */
	SearchDocument withTitleShownZh(String titleShownZh) {
		return new SearchDocument(this.kind, this.href, this.title, this.titleZh, this.otherNames, this.summary,
				this.moreText, this.context, this.contextZh, this.exactNames, this.summaryZh, titleShownZh);
	}

}
