package org.hubatlas.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A year of the sources' time, from 1900 to 2100, or none. */
@Min(1900)
@Max(2100)
@ReportAsSingleViolation
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Documented
public @interface Year {

	String message() default "{valid.enterAYearBetween1900}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
