package org.hubatlas.dispute;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/disputes")
class DisputeAdminController extends AdminEditorController<Dispute, DisputeForm> {

	DisputeAdminController(DisputeEditing disputes, RecordEditor editor) {
		super(disputes, editor, "/admin/disputes", "admin/dispute");
	}

}
