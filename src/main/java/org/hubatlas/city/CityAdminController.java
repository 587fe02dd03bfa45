package org.hubatlas.city;

import org.hubatlas.editing.AdminEditorController;
import org.hubatlas.editing.RecordEditor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/cities")
class CityAdminController extends AdminEditorController<City, CityForm> {

	CityAdminController(CityEditing hubs, RecordEditor editor) {
		super(hubs, editor, "/admin/cities", "admin/city");
	}

}
