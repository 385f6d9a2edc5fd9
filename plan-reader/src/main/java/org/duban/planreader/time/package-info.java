/** Times as plans write them (9月1日-3日, 6月底前, 下半年, 九月…), read into date windows; found inside sentences too. */
package org.duban.planreader.time;
