package vn.datamap.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises column headers the way people retype them: by the key in brackets, by the
 * Vietnamese part, the English part or both, ignoring case, diacritics, punctuation and extra
 * spaces. Numbered group columns ({@code Mốc 2: loại}) are recognised with their number.
 */
final class Headers {
    /** A recognised header: the field it stands for, the item number of a group column (0 otherwise) and the text shown. */
    record Match(String field, int item, String label) {}

    private record GroupForm(Pattern pattern, String field) {}

    private static final Pattern KEY = Pattern.compile("\\[([^\\[\\]]+)]\\s*$");
    private static final String SENTINEL = "9999";

    private final Map<String, String> singles = new HashMap<>();
    private final List<GroupForm> groups = new ArrayList<>();

    Headers(List<Column> columns, List<Template.Group> groupColumns) {
        for (Column c : columns) {
            for (String form : forms(c)) {
                String previous = singles.put(form, c.key());
                if (previous != null && !previous.equals(c.key())) {
                    throw new IllegalStateException("Header '" + form + "' is ambiguous: " + previous + ", " + c.key());
                }
            }
        }
        for (Template.Group g : groupColumns) {
            for (String field : g.members().keySet()) {
                for (String form : forms(g.column(Integer.parseInt(SENTINEL), field))) {
                    String regex = Pattern.quote(form).replace(SENTINEL, "\\E(\\d{1,3})\\Q");
                    groups.add(new GroupForm(Pattern.compile(regex), field));
                }
            }
        }
    }

    static Headers of(Template.Table table) {
        return new Headers(table.columns(), List.of());
    }

    /** The header text without the key in brackets. */
    static String withoutKey(String header) {
        return KEY.matcher(Text.clean(header)).replaceFirst("").strip();
    }

    Optional<Match> match(String header) {
        String text = Text.clean(header);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher key = KEY.matcher(text);
        String bare = withoutKey(text);
        Optional<Match> found = key.find() ? lookup(Text.fold(key.group(1))) : Optional.empty();
        if (found.isEmpty()) {
            found = lookup(Text.fold(bare));
        }
        if (found.isEmpty() && bare.contains("/")) {
            for (String part : bare.split("/")) {
                found = lookup(Text.fold(part));
                if (found.isPresent()) {
                    break;
                }
            }
        }
        return found.map(m -> new Match(m.field(), m.item(), label(bare, m)));
    }

    /**
     * The header text the steward sees: the Vietnamese part of a "Vietnamese / English" header
     * when that part alone names the same column, else the whole text.
     */
    private String label(String bare, Match match) {
        int slash = bare.indexOf(" / ");
        if (slash > 0) {
            String first = bare.substring(0, slash).strip();
            if (lookup(Text.fold(first)).filter(m -> m.field().equals(match.field()) && m.item() == match.item()).isPresent()) {
                return first;
            }
        }
        return bare.isEmpty() ? match.field() : bare;
    }

    private Optional<Match> lookup(String folded) {
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String field = singles.get(folded);
        if (field != null) {
            return Optional.of(new Match(field, 0, ""));
        }
        for (GroupForm g : groups) {
            Matcher m = g.pattern().matcher(folded);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return n > 0 ? Optional.of(new Match(g.field(), n, "")) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> forms(Column c) {
        return List.of(Text.fold(c.key()), Text.fold(c.vi()), Text.fold(c.en()), Text.fold(c.vi() + " " + c.en()));
    }
}
