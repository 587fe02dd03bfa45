package org.hubatlas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Packages by feature in floors; each imports only the floors below it, and no package cycles. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hubatlas");

	@Test
	void floorsOnlyPointDown() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("foundation").definedBy("org.hubatlas.common..", "org.hubatlas.audit..")
			.layer("bottom").definedBy("org.hubatlas.source..", "org.hubatlas.city..")
			.layer("company").definedBy("org.hubatlas.company..")
			.layer("university").definedBy("org.hubatlas.university..")
			.layer("incentive").definedBy("org.hubatlas.incentive..")
			.layer("top").definedBy("org.hubatlas.hub..", "org.hubatlas.compare..", "org.hubatlas.admin..",
					"org.hubatlas.account..", "org.hubatlas.config..", "org.hubatlas.web..")
			.whereLayer("top").mayNotBeAccessedByAnyLayer()
			.whereLayer("incentive").mayOnlyBeAccessedByLayers("top")
			// University ties to companies (alumni founders, talent agreements): the one middle-floor dependency.
			.whereLayer("university").mayOnlyBeAccessedByLayers("top")
			.whereLayer("company").mayOnlyBeAccessedByLayers("university", "top")
			.whereLayer("bottom").mayOnlyBeAccessedByLayers("company", "university", "incentive", "top")
			.whereLayer("foundation").mayOnlyBeAccessedByLayers("bottom", "company", "university", "incentive", "top")
			.check(this.classes);
	}

	@Test
	void sourceAndCityDoNotDependOnEachOther() {
		slices().matching("org.hubatlas.(source|city)..").should().notDependOnEachOther().check(this.classes);
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.hubatlas.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
