package org.hubatlas.incentive;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/incentives")
class IncentiveAdminController extends AdminEditorController<Incentive, IncentiveForm> {

	IncentiveAdminController(IncentiveEditing incentives, RecordEditor editor) {
		super(incentives, editor, "/admin/incentives", "admin/incentive");
	}

}
