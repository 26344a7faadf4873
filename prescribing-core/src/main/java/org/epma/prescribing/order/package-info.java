/** Orders for medicines: what is given (product, dose, route), how often, and the limits of an as-needed order. */
package org.epma.prescribing.order;
