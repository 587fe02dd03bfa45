package org.hubatlas.company;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/companies")
class CompanyAdminController extends AdminEditorController<Company, CompanyForm> {

	CompanyAdminController(CompanyEditing companies, RecordEditor editor) {
		super(companies, editor, "/admin/companies", "admin/company");
	}

}
