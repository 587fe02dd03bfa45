package org.hubatlas.university;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/universities")
class UniversityAdminController extends AdminEditorController<University, UniversityForm> {

	UniversityAdminController(UniversityEditing universities, RecordEditor editor) {
		super(universities, editor, "/admin/universities", "admin/university");
	}

}
