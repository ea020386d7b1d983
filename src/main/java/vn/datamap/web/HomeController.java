package vn.datamap.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;

/**
 * The front page, the data map: headline figures, coverage by kind of agency and by province
 * (a map of the 34 provinces, or the 63 of 2023), databases by kind and milestones by status as
 * charts, the most overdue milestones. Everything is in the HTML; scripts draw charts and map.
 */
@Controller
public class HomeController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Store store;
    private final Dashboard dashboard;
    private final Map<Key, Map<String, Object>> figures = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the figures depend on: the map's generation, the language, the day in Viet Nam. */
    private record Key(long generation, boolean english, LocalDate day) {}

    public HomeController(Store store, Dashboard dashboard) {
        this.store = store;
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    public ModelAndView home() {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        LocalDate today = LocalDate.now(VIET_NAM);
        long generation = store.state().generation();
        Key key = new Key(generation, english, today);
        Map<String, Object> model = figures.get(key);
        if (model == null) {
            model = figures(english, today);
            // The figures change only with the map (or the date): keep those of the current generation.
            figures.keySet().removeIf(k -> k.generation() != generation);
            figures.put(key, model);
        }
        return new ModelAndView("home", model);
    }

    private Map<String, Object> figures(boolean english, LocalDate date) {
        Binding day = BindingFactory.binding(Var.alloc("today"),
                NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        List<Binding> rows = store.read(r -> r.select(QueryLibrary.get("map/headline"), day));
        Map<String, Object> view = new LinkedHashMap<>();
        Binding row = rows.isEmpty() ? null : rows.get(0);
        for (String figure : new String[] {"catalogues", "databases", "agencies", "milestones", "overdue"}) {
            view.put(figure, row == null || row.get(figure) == null ? 0 : row.get(figure).getLiteralValue());
        }
        var coverage = dashboard.coverage(english);
        var kinds = dashboard.databasesByKind(english);
        var statuses = dashboard.milestonesByStatus(english);
        var today = dashboard.provinces(false, english);
        var of2023 = dashboard.provinces(true, english);
        view.put("coverage", coverage);
        view.put("kinds", kinds);
        view.put("statuses", statuses);
        view.put("overdueList", dashboard.overdue(english, 10));
        view.put("provinces", today.values());
        view.put("provincesCovered", today.values().stream().filter(Dashboard.Province::covered).count());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kinds", kinds);
        data.put("statuses", statuses);
        data.put("provinces", today);
        data.put("provinces2023", of2023);
        // Safe inside <script type="application/json">: no "</" can close the element early.
        view.put("dashboardJson", JSON.writeValueAsString(data).replace("</", "<\\/"));
        return Map.copyOf(view);
    }
}
