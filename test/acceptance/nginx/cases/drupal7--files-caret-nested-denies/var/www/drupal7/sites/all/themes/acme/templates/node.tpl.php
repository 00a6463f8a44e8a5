<?php
// node template (stub)
?>
<article></article>
