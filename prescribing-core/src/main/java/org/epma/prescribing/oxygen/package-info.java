/**
 * Oxygen prescribed to a target saturation range, after the British Thoracic Society guideline for oxygen use in
 * healthcare and emergency settings (O'Driscoll BR, Howard LS, Earis J, Mak V; Thorax 2017;72 Suppl 1:ii1–ii90): 94–98% for most acutely ill
 * patients, 88–92% for those at risk of hypercapnic respiratory failure, or a range the prescriber writes for a
 * patient. What a saturation reading at the bedside means against the range.
 */
package org.epma.prescribing.oxygen;
