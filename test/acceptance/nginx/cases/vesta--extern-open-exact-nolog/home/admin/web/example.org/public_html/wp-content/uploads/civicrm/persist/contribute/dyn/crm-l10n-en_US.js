// CiviCRM l10n
