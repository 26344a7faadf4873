/**
 * What the API refuses before any resource or service sees a request: numbers, texts, dates and array elements that
 * no field of ours can hold, so that hostile input gets a small 400 naming the field and never reaches the database.
 */
package org.epma.web.edge;
