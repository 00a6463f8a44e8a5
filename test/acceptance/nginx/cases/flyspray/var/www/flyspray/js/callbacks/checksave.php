<?php
// js/callbacks/checksave.php (stand-in)
