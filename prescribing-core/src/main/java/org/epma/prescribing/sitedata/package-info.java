/** Reading the data a site keeps in its config folder (CSV), with errors that name the file, line and field. */
package org.epma.prescribing.sitedata;
