package org.hubatlas.editing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.hubatlas.common.VersionedEntity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The public addresses records had before their slug (or code) changed, each with the
 * address the record has now, written in the same transaction as the change: a link
 * shared before a rename still leads to the record.
 */
@Service
public class FormerAddresses {

	private final JdbcTemplate jdbc;

	FormerAddresses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A record's page moved: its old address (and any older one of it) now leads to the
	 * new one, which is live again if it was ever an old address itself.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void moved(String from, String to) {
		this.jdbc.update("delete from former_address where old_path = ? or old_path = ?", from, to);
		this.jdbc.update("update former_address set new_path = ? where new_path = ?", to, from);
		this.jdbc.update("insert into former_address (old_path, new_path, moved_at) values (?, ?, ?)", from, to,
				LocalDateTime.now(ZoneOffset.UTC));
	}

	/** A record's page is gone: its old addresses lead nowhere any more. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void gone(String path) {
		this.jdbc.update("delete from former_address where new_path = ?", path);
	}

	/**
	 * Refuses, beside its field, a slug (or key) that is not free for this record:
	 * another record of the kind has it, or a moved page had its address (its old links
	 * lead to that page, and would lead to this record instead). The record whose page
	 * moved may take its old address back.
	 */
	public <E extends VersionedEntity> void checkOwn(RecordKind<E, ?> kind, Slugged form, Long id, Errors errors) {
		String field = form.slugField();
		if (form.slug() == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (kind.repository().slugTaken(form.slug(), id)) {
			errors.rejectValue(field, "valid.slugTaken." + kind.key(), "Another record already has this slug.");
			return;
		}
		String page = kind.pageOf(form.slug());
		if (page != null) {
			String ownPage = (id != null) ? kind.repository().findById(id).map(kind::publicUrl).orElse(null) : null;
			now(page).filter((now) -> !now.equals(ownPage))
				.ifPresent((now) -> errors.rejectValue(field, "valid." + field + "OfAMovedPage",
						new Object[] { page, now }, "Old links to {0} lead to the page now at {1}, which had this "
								+ "address: choose another, or they would lead here."));
		}
	}

	/** Where a page that was at this address is now, if it moved. */
	@Transactional(readOnly = true)
	public Optional<String> now(String oldPath) {
		List<String> found = this.jdbc.queryForList("select new_path from former_address where old_path = ?",
				String.class, oldPath);
		return found.stream().findFirst();
	}

}
