<?php
// poller.php (stub)
