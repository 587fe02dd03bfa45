package org.hubatlas.statement;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/statements")
class StatementAdminController extends AdminEditorController<Statement, StatementForm> {

	StatementAdminController(StatementEditing statements, RecordEditor editor) {
		super(statements, editor, "/admin/statements", "admin/statement");
	}

}
