<?php
$fp_plugins = array("bbcode", "prettyurls", "commentcenter", "lightbox2", "accessibleantispam");
