<?php
/* Cypht 2.x: config/oauth2.php */
