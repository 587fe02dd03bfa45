package org.hubatlas.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * At most so many signed-in sessions per admin account: signing in once more ends that
 * account's oldest sessions. Sessions live in the database (Spring Session JDBC), indexed
 * by the account's name, so the cap holds across every instance sharing the database and
 * the number of sessions anyone can make is bounded by the number of accounts.
 */
@Component
public class SessionCap {

	private final int perAccount;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionCap(@Value("${hubatlas.sessions-per-admin:10}") int perAccount,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.perAccount = Math.max(1, perAccount);
		this.sessions = sessions;
	}

	/**
	 * Ends the account's oldest sessions beyond the cap, counting the one just made at
	 * sign-in (saved when this request ends, so not yet among the stored ones).
	 */
	public void signedIn(HttpServletRequest request, Authentication authentication) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		HttpSession current = request.getSession(false);
		if (repository == null || current == null) {
			return;
		}
		List<? extends Session> others = others(repository, authentication.getName(), current.getId());
		int over = others.size() - (this.perAccount - 1);
		for (int i = 0; i < over; i++) {
			repository.deleteById(others.get(i).getId());
		}
	}

	/** The account's other stored sessions, oldest first. */
	private static List<? extends Session> others(FindByIndexNameSessionRepository<? extends Session> repository,
			String account, String currentId) {
		Map<String, ? extends Session> stored = repository.findByPrincipalName(account);
		return stored.values()
			.stream()
			.filter((session) -> !session.getId().equals(currentId))
			.sorted(Comparator.comparing(Session::getCreationTime))
			.toList();
	}

	/**
	 * Ends every session of the account: it can no longer act, as it can no longer sign
	 * in.
	 */
	public void endAll(String account) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(account).keySet().forEach(repository::deleteById);
		}
	}

	/**
	 * Ends every session of the account but the one given: a changed password ends what
	 * the old one opened elsewhere.
	 */
	public void endOthers(String account, String keptSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			others(repository, account, keptSessionId).forEach((session) -> repository.deleteById(session.getId()));
		}
	}

	/** How many signed-in sessions an account holds now. */
	int count(String account) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		return (repository != null) ? repository.findByPrincipalName(account).size() : 0;
	}

}
