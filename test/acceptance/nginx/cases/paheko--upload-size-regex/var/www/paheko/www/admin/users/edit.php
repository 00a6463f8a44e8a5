<?php
// PAHEKO-SOURCE-MARKER www/admin/users/edit.php
