<?php
// js/callbacks/getpreview.php (stand-in)
