package org.hubatlas.source;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/sources")
class SourceAdminController extends AdminEditorController<Source, SourceForm> {

	SourceAdminController(SourceEditing sources, RecordEditor editor) {
		super(sources, editor, "/admin/sources", "admin/source");
	}

}
