<?php
/* Cypht 2.x: language/de.php */
