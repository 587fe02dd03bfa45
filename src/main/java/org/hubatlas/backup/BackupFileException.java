package org.hubatlas.backup;

/**
 * A backup file that cannot be restored, with what was wrong in words an admin
 * understands.
 */
public class BackupFileException extends RuntimeException {

	public BackupFileException(String message) {
		super(message);
	}

}
