<?php
// page template (stub)
?>
<div id="page"></div>
