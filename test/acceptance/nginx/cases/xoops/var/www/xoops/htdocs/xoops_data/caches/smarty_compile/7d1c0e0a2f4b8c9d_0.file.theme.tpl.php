<?php
/* compiled template (stand-in) */ ?>
<div class="xo-theme">...</div>
