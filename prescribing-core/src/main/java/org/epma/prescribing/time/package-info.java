/** Time as the records keep it: instants stored as timestamptz, read and written in UTC. */
package org.epma.prescribing.time;
