/**
 * The laid-out notice read as a GB/T 9704 official document: site metadata and furniture set apart, titles,
 * issuers, addressees, the date, the numbered body; and the facts stated around the tasks. Not part of the API.
 */
package org.duban.planreader.document;
