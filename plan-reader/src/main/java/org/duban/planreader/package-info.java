/**
 * Reads a government campaign plan notice (plain text, HTML, DOCX or PDF) into a {@link org.duban.planreader.PlanDraft}:
 * the notice's metadata, its table of tasks with date windows and units, and warnings where the reader would otherwise
 * have to guess. Pure Java: no framework, no I/O beyond the bytes it is handed.
 */
package org.duban.planreader;
