package org.hubatlas.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletRequest;

import org.hubatlas.common.Text;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.RecordRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Binds the form of the record kind named in the address ({@code /admin/{kind}}) through
 * its record constructor, with the site's binding rules (@InitBinder) and validation, as
 * {@code @Valid @ModelAttribute("form")} would for a declared type: the form and its
 * binding result go into the model, so a refused value is shown again beside its field.
 */
class AdminFormResolver implements HandlerMethodArgumentResolver {

	private final ObjectProvider<RecordKinds> kinds;

	AdminFormResolver(ObjectProvider<RecordKinds> kinds) {
		this.kinds = kinds;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return AdminForm.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		Class<?> formType = this.kinds.getObject().at(path.get("kind")).formType();
		WebDataBinder binder = binderFactory.createBinder(request, null, "form", ResolvableType.forClass(formType));
		DataBinder.ValueResolver posted = ServletRequestDataBinder
			.valueResolver(request.getNativeRequest(ServletRequest.class), binder);
		List<String> fields = AdminForm.fieldsOf(formType);
		boolean newRecord = !path.containsKey("id");
		RecordRepository<?> records = this.kinds.getObject().at(path.get("kind")).repository();
		binder.construct((newRecord && fields.contains("slug"))
				? new SlugFromName(posted, fields.contains("name") ? "name" : "title", records) : posted);
		Object form = binder.getTarget();
		// A value that did not convert was recorded before the form existed, on a result
		// without it: carry those messages over to a result that holds the form, so the
		// page shows the input beside each message.
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
		result.addAllErrors(binder.getBindingResult());
		if (form != null) {
			binder.getValidatorsToApply().forEach((validator) -> validator.validate(form, result));
		}
		container.addAllAttributes(result.getModel());
		return form;
	}

	/**
	 * A new record's slug left empty is made from its name (or title), so an admin need
	 * not type it, with "-2", "-3" … where another record has it already (a second page
	 * titled alike); a name that gives none (only Chinese) leaves it empty, for the
	 * message. A slug the admin typed is never changed.
	 */
	private record SlugFromName(DataBinder.ValueResolver posted, String nameField,
			RecordRepository<?> records) implements DataBinder.ValueResolver {

		@Override
		public Object resolveValue(String name, Class<?> type) {
			Object value = this.posted.resolveValue(name, type);
			if ("slug".equals(name) && (value == null || (value instanceof String typed && typed.isBlank()))
					&& this.posted.resolveValue(this.nameField, String.class) instanceof String recordName) {
				String made = Text.slugOf(recordName);
				return (made != null) ? free(made) : value;
			}
			return value;
		}

		private String free(String made) {
			if (this.records == null || !this.records.slugTaken(made, null)) {
				return made;
			}
			// Room for the number within a slug's 80 characters.
			String base = (made.length() > 76) ? made.substring(0, 76).replaceAll("-+$", "") : made;
			for (int n = 2; n < 100; n++) {
				if (!this.records.slugTaken(base + "-" + n, null)) {
					return base + "-" + n;
				}
			}
			return made;
		}

		@Override
		public Set<String> getNames() {
			Set<String> names = new HashSet<>(this.posted.getNames());
			names.add("slug");
			return names;
		}

	}

}
