package org.hubatlas.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.hubatlas.common.DataVersion;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.editing.RevisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole portal's data as one JSON file, and back: every row of every table the
 * migrations made, with its id, so that a restore gives back exactly what was saved,
 * history included. Admin accounts are not in it (a restore never changes who can sign
 * in), nor is the migrations' own table. Works the same on H2 and PostgreSQL: tables,
 * columns, keys and their order come from the database's own description of itself.
 */
@Service
public class DatabaseBackup {

	static final String FORMAT = "hub-atlas-backup";

	static final int FORMAT_VERSION = 1;

	/**
	 * The migrations' own table; admin accounts; the data's version, which a restore
	 * raises instead; failed sign-ins and signed-in sessions, which belong to this
	 * database's instances.
	 */
	private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "admin_user", "data_version",
			"sign_in_failure", "spring_session", "spring_session_attributes");

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final DataVersion dataVersion;

	private final RevisionService revisions;

	DatabaseBackup(DataSource dataSource, JdbcTemplate jdbc, DataVersion dataVersion, RevisionService revisions) {
		this.revisions = revisions;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	/** What a restore did. */
	public record Restored(int tables, long rows, String createdAt) {
	}

	/**
	 * Writes every table, parents before children, in one read-only transaction (one
	 * consistent picture).
	 */
	@Transactional(readOnly = true)
	public void write(OutputStream out) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			ObjectNode root = this.json.createObjectNode();
			root.put("format", FORMAT);
			root.put("formatVersion", FORMAT_VERSION);
			root.put("schemaVersion", schemaVersion());
			root.put("createdAt", LocalDateTime.now(ZoneOffset.UTC).withNano(0).toString());
			ArrayNode tables = root.putArray("tables");
			for (Table table : tables(connection)) {
				ObjectNode node = tables.addObject();
				node.put("name", table.key());
				ArrayNode columns = node.putArray("columns");
				table.columns().forEach((c) -> columns.add(c.key()));
				ArrayNode rows = node.putArray("rows");
				String select = "select " + String.join(", ", table.columns().stream().map(Column::quoted).toList())
						+ " from " + table.quoted() + orderBy(table);
				try (PreparedStatement statement = connection.prepareStatement(select);
						ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						ArrayNode row = rows.addArray();
						for (int i = 0; i < table.columns().size(); i++) {
							write(row, table.columns().get(i), rs, i + 1);
						}
					}
				}
			}
			this.json.writeValue(out, root);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading the database for a backup failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Replaces all data with the file's, in one transaction: the file is checked whole
	 * first, and any refusal by the database rolls everything back. Throws
	 * {@link BackupFileException} with what was wrong.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Restored restore(InputStream in) {
		JsonNode root;
		try {
			root = this.json.readTree(in);
		}
		catch (JacksonException ex) {
			throw new BackupFileException(InterfaceText.message("problem.text15",
					"The file is not a backup of this portal: it is not valid JSON."));
		}
		if (root == null || !FORMAT.equals(root.path("format").asString(null))) {
			throw new BackupFileException(InterfaceText.message("problem.backupNotOurs",
					"The file is not a backup of this portal (it does not say \u201c{0}\u201d as its format).",
					FORMAT));
		}
		if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
			throw new BackupFileException(InterfaceText.message("problem.text16",
					"The backup is in a format version this portal does not read."));
		}
		String schema = root.path("schemaVersion").asString("");
		if (!schema.equals(schemaVersion())) {
			throw new BackupFileException(InterfaceText.message("problem.backupOtherVersion",
					"The backup was made with database version {0}, this portal is at version {1}. Restore it into a portal at the same version.",
					schema, schemaVersion()));
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			List<Table> tables = tables(connection);
			Map<String, Table> byKey = new LinkedHashMap<>();
			tables.forEach((t) -> byKey.put(t.key(), t));
			Map<String, JsonNode> given = new LinkedHashMap<>();
			for (JsonNode node : root.path("tables")) {
				String name = node.path("name").asString("");
				Table table = byKey.get(name);
				if (table == null) {
					throw new BackupFileException(InterfaceText.message("problem.backupUnknownTable",
							"The backup has a table this portal does not: \u201c{0}\u201d.", name));
				}
				List<String> columns = new ArrayList<>();
				node.path("columns").forEach((c) -> columns.add(c.asString()));
				if (!columns.equals(table.columns().stream().map(Column::key).toList())) {
					throw new BackupFileException(InterfaceText.message("problem.backupOtherColumns",
							"The columns of \u201c{0}\u201d in the backup differ from this portal\u2019s: {1}.", name,
							String.join(", ", columns)));
				}
				given.put(name, node.path("rows"));
			}
			// A backup holds every table, and something: a file cut short or written by
			// hand would otherwise empty the portal.
			List<String> missing = tables.stream().map(Table::key).filter((key) -> !given.containsKey(key)).toList();
			if (!missing.isEmpty()) {
				throw new BackupFileException(InterfaceText.message("problem.backupMissingTables",
						"The backup lacks {0,choice,0#no table|1#a table|1<{0,number,integer} tables} this portal holds ({1}), "
								+ "so it is not a whole backup. Restore a backup downloaded from this page as it was.",
						missing.size(), String.join(", ", missing)));
			}
			if (given.values().stream().allMatch((rows) -> rows.isEmpty())) {
				throw new BackupFileException(InterfaceText.message("problem.backupEmpty",
						"The backup holds no records: restoring it would empty the portal."));
			}
			// A portal of hubs without a hub is a file cut down, not a portal to restore.
			if (given.get("city").isEmpty()) {
				throw new BackupFileException(InterfaceText.message("problem.backupNoHub",
						"The backup holds no hub: restoring it would empty the portal of its hubs and their figures."));
			}
			// Children first when emptying, parents first when filling; links within a
			// table are cut first.
			for (Table table : tables) {
				for (String column : table.selfReferences()) {
					try (PreparedStatement cut = connection
						.prepareStatement("update " + table.quoted() + " set \"" + column + "\" = null")) {
						cut.executeUpdate();
					}
				}
			}
			for (int i = tables.size() - 1; i >= 0; i--) {
				try (PreparedStatement delete = connection.prepareStatement("delete from " + tables.get(i).quoted())) {
					delete.executeUpdate();
				}
			}
			long rows = 0;
			for (Table table : tables) {
				JsonNode tableRows = given.get(table.key());
				if (tableRows != null) {
					rows += insert(connection, table, tableRows);
				}
				restartIdentity(table);
			}
			this.dataVersion.changed();
			log.info("Restored a backup made {}: {} rows in {} tables.", root.path("createdAt").asString(""), rows,
					given.size());
			return new Restored(given.size(), rows, root.path("createdAt").asString(""));
		}
		catch (SQLException | DataAccessException ex) {
			// The database's own words name its internals: they go to the log, the admin
			// reads what they mean.
			log.warn("The database refused a backup: {}", firstLine(ex.getMessage()));
			throw new BackupFileException(InterfaceText.message("problem.backupRefused",
					"The database refused the backup, so nothing was changed: it breaks one of the database\u2019s "
							+ "rules, such as two records with the same number or a link to a record the file does "
							+ "not hold. Restore a backup downloaded from a Hub Atlas page as it was."));
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** The latest migration applied: a backup restores only into the same schema. */
	String schemaVersion() {
		return this.jdbc.queryForObject(
				"select \"version\" from \"flyway_schema_history\" where \"success\" = true "
						+ "and \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only",
				String.class);
	}

	private long insert(Connection connection, Table table, JsonNode rows) throws SQLException {
		List<Column> columns = table.columns();
		// A column pointing at its own table (a hub's parent) is filled in a second pass.
		List<Column> selfReferences = columns.stream()
			.filter((c) -> table.selfReferences().contains(c.name()))
			.toList();
		String insert = "insert into " + table.quoted() + " ("
				+ String.join(", ", columns.stream().map(Column::quoted).toList()) + ") values ("
				+ String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
		long count = 0;
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			for (JsonNode row : rows) {
				if (!row.isArray() || row.size() != columns.size()) {
					throw new BackupFileException(InterfaceText.message("problem.backupRowSize",
							"A row of \u201c{0}\u201d has {1} values for {2} columns.", table.key(), row.size(),
							columns.size()));
				}
				for (int i = 0; i < columns.size(); i++) {
					Column column = columns.get(i);
					bind(statement, i + 1, column, selfReferences.contains(column) ? null : row.get(i), table);
				}
				statement.addBatch();
				count++;
			}
			statement.executeBatch();
		}
		if (!selfReferences.isEmpty()) {
			Column id = table.primaryKey();
			for (Column column : selfReferences) {
				try (PreparedStatement update = connection.prepareStatement("update " + table.quoted() + " set "
						+ column.quoted() + " = ? where " + id.quoted() + " = ?")) {
					int c = columns.indexOf(column);
					int k = columns.indexOf(id);
					for (JsonNode row : rows) {
						if (!row.get(c).isNull()) {
							bind(update, 1, column, row.get(c), table);
							bind(update, 2, id, row.get(k), table);
							update.addBatch();
						}
					}
					update.executeBatch();
				}
			}
		}
		return count;
	}

	private void restartIdentity(Table table) {
		for (Column column : table.columns()) {
			if (column.identity()) {
				Long max = this.jdbc.queryForObject("select max(" + column.quoted() + ") from " + table.quoted(),
						Long.class);
				// Past every id the history knows for the table's records, deleted ones
				// too:
				// a new record never takes a deleted one's id, and with it its history.
				long next = Math.max((max != null) ? max : 0, this.revisions.highestIdEverHeld(table.key())) + 1;
				this.jdbc.execute(
						"alter table " + table.quoted() + " alter column " + column.quoted() + " restart with " + next);
			}
		}
	}

	private static void write(ArrayNode row, Column column, ResultSet rs, int index) throws SQLException {
		switch (column.type()) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
				long value = rs.getLong(index);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case Types.BOOLEAN, Types.BIT -> {
				boolean value = rs.getBoolean(index);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case Types.DECIMAL, Types.NUMERIC -> {
				BigDecimal value = rs.getBigDecimal(index);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toPlainString());
				}
			}
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
				double value = rs.getDouble(index);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				LocalDateTime value = rs.getObject(index, LocalDateTime.class);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toString());
				}
			}
			case Types.DATE -> {
				LocalDate value = rs.getObject(index, LocalDate.class);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toString());
				}
			}
			default -> {
				String value = rs.getString(index);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
		}
	}

	private static void bind(PreparedStatement statement, int index, Column column, JsonNode value, Table table)
			throws SQLException {
		if (value == null || value.isNull()) {
			statement.setNull(index, column.type());
			return;
		}
		try {
			switch (column.type()) {
				case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
					if (!value.canConvertToLong()) {
						throw new IllegalArgumentException("not a whole number");
					}
					statement.setLong(index, value.asLong());
				}
				case Types.BOOLEAN, Types.BIT -> {
					if (!value.isBoolean()) {
						throw new IllegalArgumentException("not true or false");
					}
					statement.setBoolean(index, value.asBoolean());
				}
				case Types.DECIMAL, Types.NUMERIC -> statement.setBigDecimal(index, new BigDecimal(value.asString()));
				case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(index, value.asDouble());
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
					statement.setObject(index, LocalDateTime.parse(value.asString()));
				case Types.DATE -> statement.setObject(index, LocalDate.parse(value.asString()));
				default -> statement.setString(index, value.asString());
			}
		}
		catch (RuntimeException ex) {
			throw new BackupFileException(InterfaceText.message("problem.backupValue",
					"A value of \u201c{0}\u201d cannot be read ({1}).", table.key() + "." + column.key(),
					value.toString().substring(0, Math.min(40, value.toString().length()))));
		}
	}

	private static String orderBy(Table table) {
		return (table.primaryKey() != null) ? " order by " + table.primaryKey().quoted() : "";
	}

	/** The migrations' tables, each after the tables it points to. */
	private static List<Table> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Table> found = new LinkedHashMap<>();
		try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME");
				if (!LEFT_OUT.contains(name.toLowerCase(Locale.ROOT))) {
					found.put(name, null);
				}
			}
		}
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		for (String name : found.keySet()) {
			List<Column> columns = new ArrayList<>();
			try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, name, "%")) {
				while (rs.next()) {
					columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
							"YES".equals(rs.getString("IS_AUTOINCREMENT"))));
				}
			}
			Column primaryKey = null;
			try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, name)) {
				if (rs.next()) {
					String pk = rs.getString("COLUMN_NAME");
					primaryKey = columns.stream().filter((c) -> c.name().equals(pk)).findFirst().orElse(null);
				}
			}
			Set<String> tableParents = new LinkedHashSet<>();
			Set<String> selfReferences = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, name)) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME");
					if (parent.equals(name)) {
						selfReferences.add(rs.getString("FKCOLUMN_NAME"));
					}
					else {
						tableParents.add(parent);
					}
				}
			}
			parents.put(name, tableParents);
			found.put(name, new Table(name, columns, primaryKey, selfReferences));
		}
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < found.size()) {
			boolean progress = false;
			for (String name : found.keySet()) {
				if (!placed.contains(name)
						&& placed.containsAll(parents.get(name).stream().filter(found::containsKey).toList())) {
					placed.add(name);
					ordered.add(found.get(name));
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("The tables' foreign keys form a cycle: " + found.keySet());
			}
		}
		return ordered;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		String line = message.lines().findFirst().orElse(message);
		return (line.length() > 300) ? line.substring(0, 300) + "\u2026" : line;
	}

	/**
	 * A table as the database describes it; its key in the file is its name in lower
	 * case.
	 */
	record Table(String name, List<Column> columns, Column primaryKey, Set<String> selfReferences) {

		String key() {
			return this.name.toLowerCase(Locale.ROOT);
		}

		String quoted() {
			return "\"" + this.name + "\"";
		}

	}

	record Column(String name, int type, boolean identity) {

		String key() {
			return this.name.toLowerCase(Locale.ROOT);
		}

		String quoted() {
			return "\"" + this.name + "\"";
		}

	}

}
