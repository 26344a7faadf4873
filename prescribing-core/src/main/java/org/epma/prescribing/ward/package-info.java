/** Wards, their beds and standard dose times, and the admissions that place a patient in a bed. */
package org.epma.prescribing.ward;
