/** Unit names: splitting a cell into names, and what the name of a government body looks like. */
package org.duban.planreader.unit;
