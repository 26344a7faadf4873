/** Printed reports over the API, and the downtime charts written to a folder every few hours for when the system is down. */
package org.epma.web.reports;
