/** The REST API under /api/v1: thin resources that translate JSON to one service call and back. */
package org.epma.web.api;
