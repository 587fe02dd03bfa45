package org.hubatlas.figure;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/figures")
class FigureAdminController extends AdminEditorController<Figure, FigureForm> {

	FigureAdminController(FigureEditing figures, RecordEditor editor) {
		super(figures, editor, "/admin/figures", "admin/figure");
	}

}
