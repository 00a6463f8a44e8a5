<?php
/* Cypht 2.x: language/en.php */
