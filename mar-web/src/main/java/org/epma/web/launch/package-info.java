/**
 * Starting ePMA from a checkout with one command: the training database (embedded PostgreSQL) when none
 * is configured, then Payara Micro with the WAR. Built into its own jar, never into the WAR.
 */
package org.epma.web.launch;
