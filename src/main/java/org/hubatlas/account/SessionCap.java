package org.hubatlas.account;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many signed-in sessions per client address (only signing in makes a
 * session): signing in once more ends that address's oldest session, so no client can
 * fill the server's memory with sessions, even with a password.
 */
@Component
public class SessionCap implements HttpSessionListener {

	private static final String ADDRESS = SessionCap.class.getName() + ".address";

	private final int perAddress;

	private final Map<String, Deque<HttpSession>> sessions = new ConcurrentHashMap<>();

	SessionCap(@Value("${hubatlas.sessions-per-address:10}") int perAddress) {
		this.perAddress = Math.max(1, perAddress);
	}

	/**
	 * Counts the session just made at sign-in and ends the address's oldest beyond the
	 * cap.
	 */
	public void signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		String address = request.getRemoteAddr();
		session.setAttribute(ADDRESS, address);
		Deque<HttpSession> mine = this.sessions.computeIfAbsent(address, (a) -> new ArrayDeque<>());
		HttpSession oldest = null;
		synchronized (mine) {
			mine.remove(session);
			mine.addLast(session);
			if (mine.size() > this.perAddress) {
				oldest = mine.pollFirst();
			}
		}
		if (oldest != null) {
			try {
				oldest.invalidate();
			}
			catch (IllegalStateException alreadyEnded) {
				// ended on its own meanwhile
			}
		}
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		HttpSession session = event.getSession();
		Object address = session.getAttribute(ADDRESS);
		if (address == null) {
			return;
		}
		Deque<HttpSession> mine = this.sessions.get(address.toString());
		if (mine != null) {
			synchronized (mine) {
				mine.remove(session);
				if (mine.isEmpty()) {
					this.sessions.remove(address.toString(), mine);
				}
			}
		}
	}

	/** How many signed-in sessions an address holds now. */
	int count(String address) {
		Deque<HttpSession> mine = this.sessions.get(address);
		return (mine != null) ? mine.size() : 0;
	}

}
