package cn.gov.pingnan.accountability.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Upgrades a database of the single-county application in place (issue 14): its engine data has no tenant, which
 * the engine would show to every county. Once the engine is built, before anything is deployed or seeded
 * ({@code ProcessBundleDeployer}, {@code IdentitySeeder} run after the engine's plugins), every engine row without
 * tenant becomes the default county's, in one transaction: deployments and definitions, resources, running instances,
 * tasks, variables, jobs, subscriptions, incidents and the history. The tables are those of the engine that carry a
 * {@code TENANT_ID_} column (read from {@code INFORMATION_SCHEMA}, not listed here), except the identity tables
 * ({@code ACT_ID_*}: tenant memberships). It runs only while a deployment or process definition has no tenant, so it
 * changes nothing at the next start; with a single county configured and nothing deployed without tenant since, it
 * does nothing either.
 */
@Component
public class SingleCountyUpgrade extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(SingleCountyUpgrade.class);

    private final DataSource dataSource;
    private final Counties counties;

    public SingleCountyUpgrade(DataSource dataSource, Counties counties) {
        this.dataSource = dataSource;
        this.counties = counties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, Integer> updated = upgrade();
        if (!updated.isEmpty()) {
            // nothing should be cached yet; a definition read before would still carry no tenant
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getDeploymentCache()
                    .purgeCache();
        }
    }

    /** Table → rows given the default county; empty when there was nothing to upgrade. */
    public Map<String, Integer> upgrade() {
        String county = counties.defaultCounty().id();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<String, Integer> updated = upgrade(connection, county);
                connection.commit();
                return updated;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Upgrading the engine data to tenant '" + county + "' failed; nothing was changed: "
                            + e.getMessage(),
                    e);
        }
    }

    private static Map<String, Integer> upgrade(Connection connection, String county) throws SQLException {
        List<String> tables = tenantTables(connection);
        Map<String, String> byUpper = new LinkedHashMap<>();
        tables.forEach(t -> byUpper.put(t.toUpperCase(Locale.ROOT), t));
        long untenanted = 0;
        for (String table : List.of("ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF")) {
            String name = byUpper.get(table);
            if (name != null) {
                untenanted += count(connection, name);
            }
        }
        if (untenanted == 0) {
            return Map.of();
        }
        LOG.info(
                "Engine data without tenant found ({} deployments and process definitions): upgrading this"
                        + " single-county database to tenant '{}'",
                untenanted,
                county);
        Map<String, Integer> updated = new LinkedHashMap<>();
        for (String table : tables) {
            String column = tenantColumn(table);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " IS NULL")) {
                update.setString(1, county);
                int rows = update.executeUpdate();
                if (rows > 0) {
                    updated.put(table, rows);
                }
            }
        }
        LOG.info("Upgraded to tenant '{}': {}", county, updated);
        return updated;
    }

    /** The engine's tables with a tenant column (names as the database spells them), identity tables excepted. */
    static List<String> tenantTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE UPPER(COLUMN_NAME) = 'TENANT_ID_' AND UPPER(TABLE_NAME) LIKE 'ACT\\_%' ESCAPE '\\'"
                        + " AND UPPER(TABLE_NAME) NOT LIKE 'ACT\\_ID\\_%' ESCAPE '\\'"
                        + " AND TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY TABLE_NAME");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String tenantColumn(String table) {
        // PostgreSQL folds unquoted names to lower case, H2 to upper case: the column is spelled like its table
        return table.equals(table.toLowerCase(Locale.ROOT)) ? "tenant_id_" : "TENANT_ID_";
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + tenantColumn(table) + " IS NULL");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
