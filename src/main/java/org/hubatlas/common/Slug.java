package org.hubatlas.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The part of a public address that names a record: lower-case letters, digits and single
 * hyphens.
 */
@NotBlank(message = "{valid.enterASlug}")
@TypedAsShown
@Size(max = 80)
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{valid.useLowerCaseLettersDigits2}")
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Documented
public @interface Slug {

	String message() default "Not a valid slug.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
