/**
 * Runs the queries of a document ({@code solve}, {@code lemma}, {@code eval}), checks their
 * {@code expect} lines and builds result records. Renders nothing: that is {@code report}'s job.
 */
package org.mincirc.query;
