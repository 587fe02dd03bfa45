package org.hubatlas.config;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed-in sessions are written to the database in transactions of their own, through
 * plain JDBC: they need no JPA entity manager, and they never join (or count as) the
 * transaction of an admin's save. The transaction manager stays private to the session
 * store so that JPA keeps the application's only one.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

	/** Found by its name by Spring Session's JDBC store. */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/**
	 * The application's own transaction template, on the JPA transaction manager: Spring
	 * Boot's would back off because of the session store's above.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

}
