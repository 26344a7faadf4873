/**
 * The papers of a screened discharge prescription: the medicines summary for the patient's GP (English) and the
 * medicines list for the patient, in the language they read their papers in.
 */
package org.epma.reports.discharge;
