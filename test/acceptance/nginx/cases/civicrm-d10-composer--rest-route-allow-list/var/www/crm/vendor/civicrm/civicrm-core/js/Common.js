/* CiviCRM common JS (stand-in) */
