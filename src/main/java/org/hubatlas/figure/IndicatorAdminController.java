package org.hubatlas.figure;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/indicators")
class IndicatorAdminController extends AdminEditorController<Indicator, IndicatorForm> {

	IndicatorAdminController(IndicatorEditing indicators, RecordEditor editor) {
		super(indicators, editor, "/admin/indicators", "admin/indicator");
	}

}
