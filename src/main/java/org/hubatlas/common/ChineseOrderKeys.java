package org.hubatlas.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.stereotype.Component;

/**
 * Brings every Chinese sort key up to date after the migrations, before anything reads:
 * the rows the migrations wrote have none, and a key written under another Java version
 * may order differently. A record written later keeps its own as it is saved
 * ({@link ChineseOrder}). Some hundred rows: it costs a start nothing.
 */
@Component
class ChineseOrderKeys implements Callback {

	/** Each table with a key, its name column and its Chinese name column. */
	private static final String[][] TABLES = { { "city", "name", "name_zh" }, { "company", "name", "name_zh" },
			{ "university", "name", "name_zh" }, { "incentive", "title", "title_zh" } };

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			for (String[] table : TABLES) {
				refresh(connection, table[0], table[1], table[2]);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the Chinese sort keys", ex);
		}
	}

	private static void refresh(Connection connection, String table, String name, String nameZh) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select id, " + name + ", " + nameZh + ", sort_key_zh from " + table);
				PreparedStatement update = connection
					.prepareStatement("update " + table + " set sort_key_zh = ? where id = ?");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String key = ChineseOrder.key(rows.getString(2), rows.getString(3));
				if (!Objects.equals(key, rows.getString(4))) {
					update.setString(1, key);
					update.setLong(2, rows.getLong(1));
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	@Override
	public String getCallbackName() {
		return "chinese-sort-keys";
	}

}
