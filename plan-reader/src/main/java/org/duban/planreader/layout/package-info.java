/**
 * A notice's bytes as lines and tables, whatever the format (text in UTF-8 or GB18030, HTML, DOCX, DOC, XLSX, XLS,
 * PDF) and however a table was rendered (cells per line or paragraph, pipes, tabs, spaces, Markdown, positions in a
 * PDF); mirror damage repaired. Not part of the reader's API.
 */
package org.duban.planreader.layout;
