<?php
// js/callbacks/quickedit.php (stand-in)
