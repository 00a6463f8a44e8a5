<?php /* compiled Blade view (stand-in) */ ?>
<p>stand-in</p>
