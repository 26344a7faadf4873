/** The site's settings: MicroProfile Config values and the files of the config folder. */
package org.epma.web.site;
