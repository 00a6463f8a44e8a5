<?php
/**
 * MailIntegration outlook detail file.
 */
require '../../../../../modules/MailIntegration/html/outlook/Detail.php';
