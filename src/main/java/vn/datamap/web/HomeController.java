package vn.datamap.web;

import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;

/** The front page: headline figures of the live map and the ways into it. */
@Controller
public class HomeController {
    private final Store store;

    public HomeController(Store store) {
        this.store = store;
    }

    @GetMapping("/")
    public ModelAndView home() {
        List<Binding> rows = store.read(r -> r.select(QueryLibrary.get("map/headline"), null));
        ModelAndView view = new ModelAndView("home");
        Binding row = rows.isEmpty() ? null : rows.get(0);
        for (String figure : new String[] {"catalogues", "databases", "agencies", "milestones", "overdue"}) {
            view.addObject(figure, row == null || row.get(figure) == null ? 0 : row.get(figure).getLiteralValue());
        }
        return view;
    }
}
