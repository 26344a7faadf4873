/** Why the domain refuses a request: bad input (naming the field), something not found, a clash with the current state. */
package org.epma.prescribing.refusal;
