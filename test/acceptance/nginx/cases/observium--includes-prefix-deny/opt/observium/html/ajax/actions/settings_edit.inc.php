<?php
// settings_edit.inc.php (stub)
