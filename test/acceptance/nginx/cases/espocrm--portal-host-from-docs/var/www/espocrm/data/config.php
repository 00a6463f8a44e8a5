<?php
// placeholder: data/config.php (site settings)
return [];
