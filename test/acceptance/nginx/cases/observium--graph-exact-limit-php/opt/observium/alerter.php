<?php
// alerter.php (stub)
