<?php exit; ?>a:1:{s:8:"sitename";s:9:"Rosa Club";}
