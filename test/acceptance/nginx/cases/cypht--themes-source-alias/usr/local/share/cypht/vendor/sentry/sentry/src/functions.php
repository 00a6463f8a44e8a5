<?php
/* Cypht 2.x: vendor/sentry/sentry/src/functions.php */
