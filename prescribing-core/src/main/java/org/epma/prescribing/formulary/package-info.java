/** The formulary: products with their ingredients, strengths, forms, routes and classes, and the one unit table. */
package org.epma.prescribing.formulary;
