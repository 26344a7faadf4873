package org.epma.prescribing.staff;

/** Why a login was accepted or refused. The person logging in is only ever told "accepted" or not. */
public enum LoginResult { ACCEPTED, WRONG_CREDENTIALS, LOCKED, DISABLED }
