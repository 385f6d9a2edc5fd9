/**
 * Levels: a county's campaign linked to the campaign it carries out one level up (by the 文号 its notice cites, or
 * chosen), and the upper bureau's view of its lower bureaus' campaigns: planned against done, on time, counted,
 * summaries handed in, ranked in 通报 style, with a look into a lower bureau's reports only where it shares them.
 */
package org.duban.rollup;
