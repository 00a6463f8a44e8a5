<?php
// Stand-in for config/pulse.php.
return [];
