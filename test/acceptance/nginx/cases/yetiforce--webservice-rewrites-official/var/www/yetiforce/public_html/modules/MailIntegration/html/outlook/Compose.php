<?php
/**
 * MailIntegration outlook compose file.
 */
require '../../../../../modules/MailIntegration/html/outlook/Compose.php';
