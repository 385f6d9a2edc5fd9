/** The command line: {@code java -jar duban.jar read NOTICE} prints the reader's JSON without starting the server. */
package org.duban.planreader.cli;
