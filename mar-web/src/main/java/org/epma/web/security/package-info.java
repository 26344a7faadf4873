/** Who may do what: Jakarta Security login against the staff accounts, sessions, deny-by-default role checks, CSRF. */
package org.epma.web.security;
