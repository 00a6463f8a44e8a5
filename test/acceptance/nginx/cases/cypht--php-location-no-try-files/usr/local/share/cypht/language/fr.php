<?php
/* Cypht 2.x: language/fr.php */
