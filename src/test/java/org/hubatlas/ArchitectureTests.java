package org.hubatlas;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.data.jpa.repository.Query;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages by feature in floors; each imports only the floors below it, no package
 * cycles, and no query that reads another package's tables (which imports cannot show).
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hubatlas");

	@Test
	void floorsOnlyPointDown() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("ground")
			.definedBy("org.hubatlas.common..", "org.hubatlas.editing..")
			.layer("provenance")
			.definedBy("org.hubatlas.source..", "org.hubatlas.subject..")
			.layer("hubs")
			.definedBy("org.hubatlas.city..")
			.layer("citing")
			.definedBy("org.hubatlas.figure..", "org.hubatlas.statement..", "org.hubatlas.dispute..")
			.layer("evidence")
			.definedBy("org.hubatlas.evidence..")
			.layer("company")
			.definedBy("org.hubatlas.company..")
			.layer("university")
			.definedBy("org.hubatlas.university..")
			.layer("incentive")
			.definedBy("org.hubatlas.incentive..")
			.layer("top")
			.definedBy("org.hubatlas.hub..", "org.hubatlas.compare..", "org.hubatlas.admin..", "org.hubatlas.account..",
					"org.hubatlas.config..", "org.hubatlas.web..", "org.hubatlas.pack..", "org.hubatlas.backup..",
					"org.hubatlas.benchdata..", "org.hubatlas.api..")
			.whereLayer("top")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("incentive")
			.mayOnlyBeAccessedByLayers("top")
			// University ties to companies (alumni founders, talent agreements): the one
			// middle-floor dependency.
			.whereLayer("university")
			.mayOnlyBeAccessedByLayers("top")
			.whereLayer("company")
			.mayOnlyBeAccessedByLayers("university", "top")
			.whereLayer("evidence")
			.mayOnlyBeAccessedByLayers("company", "university", "incentive", "top")
			.whereLayer("citing")
			.mayOnlyBeAccessedByLayers("evidence", "company", "university", "incentive", "top")
			.whereLayer("hubs")
			.mayOnlyBeAccessedByLayers("company", "university", "incentive", "top")
			.whereLayer("provenance")
			.mayOnlyBeAccessedByLayers("hubs", "citing", "evidence", "company", "university", "incentive", "top")
			.whereLayer("ground")
			.mayOnlyBeAccessedByLayers("provenance", "hubs", "citing", "evidence", "company", "university", "incentive",
					"top")
			.check(CLASSES);
	}

	@Test
	void citingFeaturesDoNotDependOnEachOther() {
		slices().matching("org.hubatlas.(figure|statement|dispute)..").should().notDependOnEachOther().check(CLASSES);
	}

	/**
	 * The jar is processed ahead of time, which settles bean conditions when it is built:
	 * a setting given at start-up must not decide whether one of our beans exists.
	 */
	@Test
	void noBeanIsConditionalOnASetting() {
		List<String> conditional = new ArrayList<>();
		for (Class<? extends Annotation> condition : List.of(ConditionalOnProperty.class, ConditionalOnExpression.class,
				Profile.class)) {
			for (JavaClass type : CLASSES) {
				if (type.isAnnotatedWith(condition)) {
					conditional.add(type.getName());
				}
				type.getMethods()
					.stream()
					.filter((method) -> method.isAnnotatedWith(condition))
					.forEach((method) -> conditional.add(method.getFullName()));
			}
		}
		assertThat(conditional).isEmpty();
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.hubatlas.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	/**
	 * A renamed column in one package must never break another at run time: queries stay
	 * on their own tables.
	 */
	@Test
	void queriesReadOnlyTheirOwnPackagesTablesAndEntities() throws Exception {
		Map<String, String> tableOwners = new HashMap<>();
		Map<String, String> entityOwners = new HashMap<>();
		for (JavaClass javaClass : CLASSES) {
			Class<?> type = Class.forName(javaClass.getName());
			if (type.isAnnotationPresent(Entity.class)) {
				entityOwners.put(type.getSimpleName(), type.getPackageName());
				Table table = type.getAnnotation(Table.class);
				tableOwners.put((table != null) ? table.name() : type.getSimpleName().toLowerCase(),
						type.getPackageName());
				for (var field : type.getDeclaredFields()) {
					JoinTable join = field.getAnnotation(JoinTable.class);
					if (join != null) {
						tableOwners.put(join.name(), type.getPackageName());
					}
					CollectionTable collection = field.getAnnotation(CollectionTable.class);
					if (collection != null) {
						tableOwners.put(collection.name(), type.getPackageName());
					}
				}
			}
		}
		assertThat(tableOwners).containsKeys("city", "company", "statement", "incentive_city");

		List<String> foreignReads = new ArrayList<>();
		int queries = 0;
		for (JavaClass javaClass : CLASSES) {
			Class<?> type = Class.forName(javaClass.getName());
			for (Method method : type.getDeclaredMethods()) {
				Query query = method.getAnnotation(Query.class);
				if (query == null) {
					continue;
				}
				queries++;
				List<String> sql = List.of(query.value(), query.countQuery());
				Map<String, String> owners = query.nativeQuery() ? tableOwners : entityOwners;
				for (String text : sql) {
					for (String name : namesRead(text, query.nativeQuery())) {
						String owner = owners.get(query.nativeQuery() ? name.toLowerCase() : name);
						if (owner == null || !owner.equals(type.getPackageName())) {
							foreignReads
								.add(type.getSimpleName() + "." + method.getName() + " reads " + name + " of " + owner);
						}
					}
				}
			}
		}
		assertThat(queries).isGreaterThan(50);
		assertThat(foreignReads).isEmpty();
	}

	private static final Pattern READ = Pattern
		.compile("(?i)\\b(?:from|join|update|into)\\s+(?:fetch\\s+)?([A-Za-z_][\\w.]*)");

	/**
	 * The tables (SQL) or entities (JPQL) a query names after from, join, update or into;
	 * paths are not names.
	 */
	static List<String> namesRead(String query, boolean nativeQuery) {
		List<String> names = new ArrayList<>();
		Matcher matcher = READ.matcher(query);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (name.contains(".") || name.equalsIgnoreCase("select")) {
				continue;
			}
			if (nativeQuery || Character.isUpperCase(name.charAt(0))) {
				names.add(name);
			}
		}
		return names;
	}

	@Test
	void theQueryRuleSeesTablesAndEntitiesButNotPaths() {
		assertThat(
				namesRead("select u.name from university u join university_company t on t.university_id = u.id", true))
			.containsExactly("university", "university_company");
		assertThat(namesRead("select c from Company c left join fetch c.hqCity h join CompanyPresence p", false))
			.containsExactly("Company", "CompanyPresence");
	}

}
