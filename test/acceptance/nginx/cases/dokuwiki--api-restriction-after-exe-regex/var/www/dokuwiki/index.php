<?php
// Redirects to doku.php (placeholder)
