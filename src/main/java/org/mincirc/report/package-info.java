/**
 * Renders query results as text for people, JSON for machines and JUnit XML for CI systems.
 * Computes nothing: every number it prints comes from {@code query} results.
 */
package org.mincirc.report;
