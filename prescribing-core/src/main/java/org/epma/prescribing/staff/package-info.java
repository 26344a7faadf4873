/** Staff accounts: roles, PBKDF2 password hashes, lock-out after repeated failures, language choice. */
package org.epma.prescribing.staff;
