/**
 * Blood glucose at the bedside and the tables that act on it: a variable-rate intravenous insulin infusion's rate by
 * glucose band, and subcutaneous correction doses by band. Hypoglycaemia is a blood glucose below 4.0 mmol/L (Joint
 * British Diabetes Societies for Inpatient Care, "The hospital management of hypoglycaemia in adults with diabetes
 * mellitus"). The bands' values are the hospital's or the prescriber's, never built in here.
 */
package org.epma.prescribing.glucose;
