/** The demo wards' patients and users loaded once into a training database. */
package org.epma.web.training;
