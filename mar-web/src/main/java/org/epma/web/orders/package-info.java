/** Work the server does on orders by itself, on a timer: completing orders whose planned end has passed. */
package org.epma.web.orders;
