package org.hubatlas.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A subject as a form field and select value: "city:3", "company:12"; blank means national context. */
public final class SubjectKey {

	public static final String PATTERN = "(city|company|university|incentive):\\d{1,18}";

	private static final Pattern KEY = Pattern.compile(PATTERN);

	private SubjectKey() {
	}

	public static String of(Subject subject) {
		if (subject.getCityId() != null) {
			return "city:" + subject.getCityId();
		}
		if (subject.getCompanyId() != null) {
			return "company:" + subject.getCompanyId();
		}
		if (subject.getUniversityId() != null) {
			return "university:" + subject.getUniversityId();
		}
		if (subject.getIncentiveId() != null) {
			return "incentive:" + subject.getIncentiveId();
		}
		return null;
	}

	/** The subject a key names; national context for a blank key. Expects a key that matched {@link #PATTERN}. */
	public static Subject parse(String key) {
		if (key == null || key.isBlank()) {
			return Subject.nationalContext();
		}
		Matcher m = KEY.matcher(key.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a subject key: " + key);
		}
		long id = Long.parseLong(key.substring(key.indexOf(':') + 1));
		return switch (m.group(1)) {
			case "city" -> Subject.city(id);
			case "company" -> Subject.company(id);
			case "university" -> Subject.university(id);
			default -> Subject.incentive(id);
		};
	}

	/** The table a key's record lives in, for checking that it exists. */
	static String table(String key) {
		return key.substring(0, key.indexOf(':'));
	}

	static long id(String key) {
		return Long.parseLong(key.substring(key.indexOf(':') + 1));
	}

}
