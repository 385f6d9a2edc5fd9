/**
 * The finders: tasks in tables (columns by header and by content), in the numbered outline (labelled fields, units
 * leading or closing an item, dates leading it), and in sentences that name units with their roles. Not part of the
 * API.
 */
package org.duban.planreader.find;
