<?php
// PAHEKO-SOURCE-MARKER scripts/emails.php
