/** MicroProfile Health checks: the application is ready when its database answers. */
package org.epma.web.health;
