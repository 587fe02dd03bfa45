package org.hubatlas.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was wrong with a request, in the reader's language. Code says it in English where
 * it finds the problem ("The parameter 'sort' must be one of: …"); the error pages pass
 * it through here, which knows each kind of sentence as a message ({@code problem.*})
 * with the same parts. A sentence it does not know is shown as written.
 */
public final class ProblemText {

	private record Shape(Pattern english, String key, int translatedGroup) {
	}

	private static final List<Shape> SHAPES = new ArrayList<>();

	static {
		shape("The parameter '(.+?)' must be one of: (.*)\\.", "problem.oneOf");
		shape("The parameter '(.+?)' must be '(.+?)' or '(.+?)'\\.", "problem.eitherOr");
		shape("The parameter '(.+?)' must be a page number, 1 or more\\.", "problem.pageNumber");
		shape("The parameter '(.+?)' must be 'yes', 'no' or empty\\.", "problem.yesNo");
		shape("The parameter '(.+?)' must be 'yes' \\(or left out\\)\\.", "problem.yesOnly");
		shape("The parameter '(.+?)' must name 2 to 4 hubs, such as (.+)\\.", "problem.cities");
		shape("The parameter '(.+?)' is required\\.", "problem.required");
		shape("\u201c(.*)\u201d is not a valid (.+?): it must be a number\\.", "problem.notNumber");
		shape("The address contains an invalid percent-encoding.*", "problem.encoding");
		shape("The form sent a field this page does not have \\(\u201c(.*)\u201d\\)\\..*", "problem.unknownField");
		shape("The file is too large.*", "problem.tooLarge");
		shape("There is no (.+?) called \u201c(.*)\u201d\\. Choose from the list below\\.", "problem.noSuchChoose", 1);
		shape("There is no (.+?) called \u201c(.*)\u201d\\.", "problem.noSuch", 1);
		shape("Choose at least (\\d+) hubs to compare\\.", "problem.tooFew");
		shape("That list of hubs is too long\\. Choose (\\d+) to (\\d+) hubs\\.", "problem.tooLong");
		shape("The list of hubs has an empty entry\\..*", "problem.emptyEntry");
		shape("\u201c(.*)\u201d is not a hub name\\..*", "problem.notHubName");
		shape("Choose at least (\\d+) different hubs to compare; you chose (\\d+)\\.", "problem.tooFewDifferent");
		shape("You can compare at most (\\d+) hubs at a time; you chose (\\d+)\\.", "problem.tooMany");
	}

	private static void shape(String english, String key) {
		shape(english, key, 0);
	}

	private static void shape(String english, String key, int translatedGroup) {
		SHAPES.add(new Shape(Pattern.compile(english, Pattern.DOTALL), key, translatedGroup));
	}

	private ProblemText() {
	}

	/** The sentence in the reader's language. */
	public static String inReadersLanguage(String english) {
		if (english == null || !InterfaceText.chinese()) {
			return english;
		}
		for (Shape shape : SHAPES) {
			Matcher matcher = shape.english().matcher(english);
			if (matcher.matches()) {
				Object[] parts = new Object[matcher.groupCount()];
				for (int i = 0; i < parts.length; i++) {
					String part = matcher.group(i + 1);
					parts[i] = (i + 1 == shape.translatedGroup())
							? InterfaceText.message("problem.what." + part.replace(' ', '-'), part) : part;
				}
				return InterfaceText.message(shape.key(), english, parts);
			}
		}
		return english;
	}

}
