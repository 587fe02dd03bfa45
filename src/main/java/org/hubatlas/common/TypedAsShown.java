package org.hubatlas.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * An identifier a person typed (an address name, a key, a username) holds no character
 * that cannot be seen (a control, direction or zero-width character): it is refused with
 * a message naming the character, never silently rewritten. Form binding keeps such
 * fields as typed (less surrounding spaces) for this check to see them.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TypedAsShown.Check.class)
public @interface TypedAsShown {

	String message() default "{valid.hiddenCharacter}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TypedAsShown, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String hidden = Text.hiddenCharacter(value);
			if (hidden == null) {
				return true;
			}
			if (context instanceof HibernateConstraintValidatorContext hibernate) {
				hibernate.addMessageParameter("character", hidden);
			}
			return false;
		}

	}

}
