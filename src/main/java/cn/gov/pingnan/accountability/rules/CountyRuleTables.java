package cn.gov.pingnan.accountability.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * the rule tables (grounds catalogue, influence periods of discipline) of each county. The tables shipped with
 * the application ({@value GroundsCatalogue#DEFAULT_RESOURCE}, {@value DisciplineCatalogue#DEFAULT_RESOURCE}) are the
 * default; a county may replace either file with its own, same name and format, found first under {@code
 * <data-dir>/rules/<countyId>/}, then on the classpath under {@code rules/<countyId>/}. An override that cannot be read
 * or holds no entry is refused when the tables are loaded (the application does not start), naming the file.
 */
public final class CountyRuleTables {

    static final String GROUNDS_FILE = "grounds.json";
    static final String DISCIPLINES_FILE = "discipline-periods.json";

    /** One county's tables, the calculator built on its influence periods. */
    public record Tables(GroundsCatalogue grounds, DisciplineCatalogue disciplines, RestrictionCalculator calculator) {}

    private final Tables defaults;
    private final Map<String, Tables> byCounty;

    private CountyRuleTables(Tables defaults, Map<String, Tables> byCounty) {
        this.defaults = defaults;
        this.byCounty = byCounty;
    }

    /** Every county's default tables: no override looked for. */
    public static CountyRuleTables defaults() {
        return new CountyRuleTables(defaultTables(), Map.of());
    }

    /**
     * Loads the tables of {@code countyIds}; {@code dataDir} may be {@code null} (classpath only).
     *
     * @throws RuleTableRefusedException for an override that is malformed, naming the county and the file
     */
    public static CountyRuleTables load(Collection<String> countyIds, Path dataDir, ClassLoader classpath) {
        Tables defaults = defaultTables();
        Map<String, Tables> byCounty = new LinkedHashMap<>();
        for (String county : countyIds) {
            GroundsCatalogue grounds = override(
                    county,
                    GROUNDS_FILE,
                    dataDir,
                    classpath,
                    GroundsCatalogue::load,
                    c -> c.all().isEmpty());
            DisciplineCatalogue disciplines = override(
                    county,
                    DISCIPLINES_FILE,
                    dataDir,
                    classpath,
                    DisciplineCatalogue::load,
                    c -> c.all().isEmpty());
            if (grounds != null || disciplines != null) {
                DisciplineCatalogue periods = disciplines == null ? defaults.disciplines() : disciplines;
                byCounty.put(
                        county,
                        new Tables(
                                grounds == null ? defaults.grounds() : grounds,
                                periods,
                                disciplines == null ? defaults.calculator() : new RestrictionCalculator(periods)));
            }
        }
        return new CountyRuleTables(defaults, Map.copyOf(byCounty));
    }

    /** The county's tables; a county without an override (or unknown) has the default ones. */
    public Tables of(String countyId) {
        return countyId == null ? defaults : byCounty.getOrDefault(countyId, defaults);
    }

    public GroundsCatalogue grounds(String countyId) {
        return of(countyId).grounds();
    }

    public DisciplineCatalogue disciplines(String countyId) {
        return of(countyId).disciplines();
    }

    public RestrictionCalculator calculator(String countyId) {
        return of(countyId).calculator();
    }

    /** True when the county has a table of its own. */
    public boolean overrides(String countyId) {
        return byCounty.containsKey(countyId);
    }

    private static Tables defaultTables() {
        DisciplineCatalogue disciplines = DisciplineCatalogue.loadDefault();
        return new Tables(GroundsCatalogue.loadDefault(), disciplines, new RestrictionCalculator(disciplines));
    }

    private static <T> T override(
            String county,
            String file,
            Path dataDir,
            ClassLoader classpath,
            Function<InputStream, T> parse,
            java.util.function.Predicate<T> empty) {
        Path onDisk = dataDir == null
                ? null
                : dataDir.resolve("rules").resolve(county).resolve(file);
        String resource = "rules/" + county + "/" + file;
        String where;
        InputStream in;
        try {
            if (onDisk != null && Files.isRegularFile(onDisk)) {
                where = onDisk.toString();
                in = Files.newInputStream(onDisk);
            } else {
                where = "classpath:" + resource;
                in = classpath.getResourceAsStream(resource);
                if (in == null) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw refused(county, onDisk.toString(), e.getMessage(), e);
        }
        try (InputStream json = in) {
            T table = parse.apply(json);
            if (empty.test(table)) {
                throw refused(county, where, "it lists no entry", null);
            }
            return table;
        } catch (RuleViolationException e) {
            throw refused(county, where, e.field() + ": " + e.messageEn(), e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw refused(county, where, rootMessage(e), e);
        } catch (IOException e) {
            throw refused(county, where, e.getMessage(), e);
        }
    }

    private static RuleTableRefusedException refused(String county, String where, String why, Exception cause) {
        return new RuleTableRefusedException(
                county,
                where,
                "R-14: the rule table override " + where + " of county '" + county + "' is malformed (" + why
                        + "); fix or remove it, the county then uses the default table",
                cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return root.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
