<?php
/* Cypht 2.x: index.php */
