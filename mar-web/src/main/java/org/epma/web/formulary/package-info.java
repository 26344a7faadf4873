/** The formulary and its check rules as the running application holds them, loaded from config/formulary at start. */
package org.epma.web.formulary;
