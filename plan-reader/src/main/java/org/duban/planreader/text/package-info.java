/** Small facts of Chinese text the other parts share: traditional characters read as simplified, wrapped lines joined. */
package org.duban.planreader.text;
