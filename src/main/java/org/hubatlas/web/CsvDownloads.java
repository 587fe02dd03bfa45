package org.hubatlas.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.hubatlas.common.CsvFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes the {@link CsvFile} a handler returns as its download, as JSON is written for an
 * object: text/csv in UTF-8, an attachment under the file's name, the column headers in
 * the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class CsvDownloads implements WebMvcConfigurer {

	private final MessageSource messages;

	private final String siteUrl;

	/**
	 * @param siteUrl the site's public address, for the pages a table links to (never the
	 * request's Host header, which a client chooses)
	 */
	CsvDownloads(MessageSource messages, @Value("${hubatlas.site-url:}") String siteUrl) {
		this.messages = messages;
		this.siteUrl = siteUrl.strip().replaceAll("/+$", "");
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.addCustomConverter(new CsvFileConverter(this.messages, this.siteUrl));
	}

	private static final class CsvFileConverter extends AbstractHttpMessageConverter<CsvFile> {

		private final MessageSource messages;

		private final String siteUrl;

		CsvFileConverter(MessageSource messages, String siteUrl) {
			super(StandardCharsets.UTF_8, MediaType.parseMediaType(CsvFile.TYPE));
			this.messages = messages;
			this.siteUrl = siteUrl;
		}

		@Override
		protected boolean supports(Class<?> type) {
			return CsvFile.class.isAssignableFrom(type);
		}

		/** Downloads only: no request body is read as a table. */
		@Override
		protected boolean canRead(MediaType mediaType) {
			return false;
		}

		@Override
		protected CsvFile readInternal(Class<? extends CsvFile> type, HttpInputMessage input) {
			throw new HttpMessageNotReadableException("A table is not read from a request.", input);
		}

		@Override
		protected void addDefaultHeaders(HttpHeaders headers, CsvFile csv, MediaType type) throws IOException {
			super.addDefaultHeaders(headers, csv, type);
			headers.setContentDisposition(
					ContentDisposition.attachment().filename(csv.fileName(), StandardCharsets.UTF_8).build());
		}

		@Override
		protected void writeInternal(CsvFile csv, HttpOutputMessage output) throws IOException {
			output.getBody().write(csv.toBytes(this.messages, this.siteUrl));
		}

	}

}
