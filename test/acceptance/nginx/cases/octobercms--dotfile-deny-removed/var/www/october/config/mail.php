<?php
// October CMS v3: config/mail.php (placeholder).
