<?php
// adminer/designs.php (source tree stand-in)
